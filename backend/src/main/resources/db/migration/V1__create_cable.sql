-- Cables are kept byte-for-byte as received; subject, dtg and classification are derived from those bytes.
create table cable (
    id             varchar(64)   not null primary key,
    subject        varchar(2000),
    dtg            timestamp(6) with time zone,
    classification varchar(32),
    raw_bytes      bytea         not null,
    charset        varchar(32)   not null,
    sha256         varchar(64)   not null,
    source_name    varchar(500),
    received_at    timestamp(6) with time zone not null,
    version        bigint
);

create index cable_received_at_idx on cable (received_at);
