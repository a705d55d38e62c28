-- A confirmed follow-up, tracked to closure: owner, dates, status, and every slip of its due date.
create sequence commitment_seq start with 1 increment by 50;
create table commitment (
    id             bigint        not null primary key,
    cable_id       varchar(64)   not null references cable (id),
    candidate_id   bigint        not null references follow_up_candidate (id),
    kind           varchar(32)   not null,
    actor          varchar(300),
    action         varchar(2000),
    direction      varchar(32)   not null,
    due_date       date,
    follow_up_date date,
    owner          varchar(64)   not null,
    status         varchar(16)   not null,
    created_at     timestamp(6) with time zone not null,
    closed_at      timestamp(6) with time zone,
    closing_note   varchar(1000),
    version        bigint,
    constraint commitment_candidate_uq unique (candidate_id)
);
create index commitment_owner_status_idx on commitment (owner, status);

create sequence commitment_slip_seq start with 1 increment by 50;
create table commitment_slip (
    id            bigint        not null primary key,
    commitment_id bigint        not null references commitment (id),
    old_due_date  date,
    new_due_date  date          not null,
    reason        varchar(1000) not null,
    approved_by   varchar(64)   not null,
    slipped_at    timestamp(6) with time zone not null
);
create index commitment_slip_commitment_idx on commitment_slip (commitment_id);

create table commitment_aud (
    id             bigint  not null,
    rev            integer not null references revinfo (rev),
    revtype        smallint,
    cable_id       varchar(64),
    candidate_id   bigint,
    kind           varchar(32),
    actor          varchar(300),
    action         varchar(2000),
    direction      varchar(32),
    due_date       date,
    follow_up_date date,
    owner          varchar(64),
    status         varchar(16),
    created_at     timestamp(6) with time zone,
    closed_at      timestamp(6) with time zone,
    closing_note   varchar(1000),
    primary key (id, rev)
);
