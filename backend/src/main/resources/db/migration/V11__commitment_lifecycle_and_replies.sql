-- The workflow issue's lifecycle: what the item hangs on, the due date it was first given (for the counterpart's
-- record: kept on time or late), the counterpart's organisation, and the later cable that fulfilled it.
alter table commitment add column anchor varchar(16) default 'DCT' not null;
alter table commitment add column actor_org varchar(300);
alter table commitment add column original_due_date date;
alter table commitment add column evidence_cable_id varchar(64);
update commitment set original_due_date = due_date;

alter table commitment_aud add column anchor varchar(16);
alter table commitment_aud add column actor_org varchar(300);
alter table commitment_aud add column original_due_date date;
alter table commitment_aud add column evidence_cable_id varchar(64);

-- What people did to a commitment besides moving its date (slips have their own table): reassignments, requests
-- to chase, anchor dates set, replies matched, confirmed or rejected. Append-only.
create sequence commitment_action_seq start with 1 increment by 50;
create table commitment_action (
    id            bigint        not null primary key,
    commitment_id bigint        not null references commitment (id),
    action        varchar(32)   not null,
    done_by       varchar(64)   not null,
    done_at       timestamp(6) with time zone not null,
    detail        varchar(1000)
);
create index commitment_action_commitment_idx on commitment_action (commitment_id);

-- A later cable that looks like the reply fulfilling a commitment; a person confirms or rejects it. The passage is
-- the span of the reply's text that matched (read through the clearance door, never copied here).
create sequence commitment_reply_seq start with 1 increment by 50;
create table commitment_reply (
    id             bigint        not null primary key,
    commitment_id  bigint        not null references commitment (id),
    reply_cable_id varchar(64)   not null references cable (id),
    matched_by     varchar(16)   not null,
    paragraph      integer,
    passage_start  integer       not null,
    passage_end    integer       not null,
    state          varchar(16)   not null,
    matched_at     timestamp(6) with time zone not null,
    decided_by     varchar(64),
    decided_at     timestamp(6) with time zone,
    reason         varchar(1000),
    constraint commitment_reply_once_uq unique (commitment_id, reply_cable_id)
);
create index commitment_reply_cable_idx on commitment_reply (reply_cable_id);
