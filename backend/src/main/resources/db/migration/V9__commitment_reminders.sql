-- Reminders sent to owners. The unique key makes a reminder exactly-once even when a timer fires twice.
create sequence commitment_reminder_seq start with 1 increment by 50;
create table commitment_reminder (
    id            bigint      not null primary key,
    commitment_id bigint      not null references commitment (id),
    kind          varchar(16) not null,
    for_date      date        not null,
    recipient     varchar(64) not null,
    sent_at       timestamp(6) with time zone not null,
    constraint commitment_reminder_once_uq unique (commitment_id, kind, for_date)
);
