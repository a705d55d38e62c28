-- Header fields the screens sort, filter and route by; the rest is re-read from the stored bytes.
alter table cable add column origin varchar(200);
alter table cable add column precedence varchar(16);
alter table cable add column caveats varchar(500);
alter table cable add column tags varchar(1000);
alter table cable add column signer varchar(200);
alter table cable add column revision_count integer default 0 not null;

-- The REF block, in order: which cables this one answers or builds on (reply matching reads it backwards).
create table cable_reference (
    cable_id      varchar(64) not null references cable (id),
    position      integer     not null,
    referenced_id varchar(64) not null,
    primary key (cable_id, position)
);
create index cable_reference_referenced_idx on cable_reference (referenced_id);

-- A different text that arrived under a known id: kept, never written over the original, and flagged.
create sequence cable_revision_seq start with 1 increment by 50;
create table cable_revision (
    id          bigint       not null primary key,
    cable_id    varchar(64)  not null references cable (id),
    sha256      varchar(64)  not null,
    raw_bytes   bytea        not null,
    charset     varchar(32)  not null,
    source_name varchar(500),
    received_at timestamp(6) with time zone not null,
    constraint cable_revision_text_uq unique (cable_id, sha256)
);
