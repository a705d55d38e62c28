-- Comments and attachments on a follow-up (ADR 0023). Both are append-only and audited with Envers like the other
-- commitment tables; an attachment's bytes live in the row but not in its audit row (they never change).
create sequence follow_up_comment_seq start with 1 increment by 50;
create table follow_up_comment (
    id            bigint        not null primary key,
    commitment_id bigint        not null references commitment (id),
    author        varchar(64)   not null,
    written_at    timestamp(6) with time zone not null,
    body          varchar(4000) not null
);
create index follow_up_comment_commitment_idx on follow_up_comment (commitment_id);
create table follow_up_comment_aud (
    id            bigint  not null,
    rev           integer not null references revinfo (rev),
    revtype       smallint,
    commitment_id bigint,
    author        varchar(64),
    written_at    timestamp(6) with time zone,
    body          varchar(4000),
    primary key (id, rev)
);

create sequence follow_up_attachment_seq start with 1 increment by 50;
create table follow_up_attachment (
    id            bigint       not null primary key,
    commitment_id bigint       not null references commitment (id),
    author        varchar(64)  not null,
    attached_at   timestamp(6) with time zone not null,
    file_name     varchar(255) not null,
    content_type  varchar(255) not null,
    size_bytes    bigint       not null,
    content       bytea        not null
);
create index follow_up_attachment_commitment_idx on follow_up_attachment (commitment_id);
create table follow_up_attachment_aud (
    id            bigint  not null,
    rev           integer not null references revinfo (rev),
    revtype       smallint,
    commitment_id bigint,
    author        varchar(64),
    attached_at   timestamp(6) with time zone,
    file_name     varchar(255),
    content_type  varchar(255),
    size_bytes    bigint,
    primary key (id, rev)
);
