-- Who gets which notices, and where: kept beside the staff account rather than in it, so that mail stays one module.
create table notice_settings (
    username            varchar(64)  not null primary key references staff_account (username),
    email               varchar(320),
    reminders           boolean      not null,
    overdue             boolean      not null,
    weekly_digest       boolean      not null,
    reply_matched       boolean      not null,
    version             bigint
);

-- Mails to send, written in the transaction of the change they report. The unique dedup key (kind, subject of the
-- notice, date, recipient) makes a notice exactly-once even when a timer fires twice or two nodes race.
create sequence mail_outbox_seq start with 1 increment by 50;
create table mail_outbox (
    id              bigint        not null primary key,
    dedup_key       varchar(200)  not null,
    kind            varchar(32)   not null,
    recipient       varchar(64)   not null,
    address         varchar(320)  not null,
    subject         varchar(300)  not null,
    body            varchar(20000) not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    claimed_by      varchar(100),
    claimed_until   timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    last_error      varchar(1000),
    constraint mail_outbox_once_uq unique (dedup_key)
);
create index mail_outbox_due_idx on mail_outbox (status, next_attempt_at);
