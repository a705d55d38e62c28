-- Hibernate Envers audit trail: one row per change set, and a versioned copy of each audited entity.
create sequence revinfo_seq start with 1 increment by 50;
create table revinfo (
    rev      integer not null primary key,
    revtstmp bigint  not null,
    username varchar(64)
);

create table follow_up_candidate_aud (
    id              bigint  not null,
    rev             integer not null references revinfo (rev),
    revtype         smallint,
    cable_id        varchar(64),
    position        integer,
    paragraph       integer,
    kind            varchar(32),
    actor           varchar(300),
    actor_org       varchar(300),
    to_whom         varchar(300),
    direction       varchar(32),
    action          varchar(2000),
    due_text        varchar(300),
    earliest        date,
    latest          date,
    anchor          varchar(16),
    vague           boolean,
    due_date        date,
    follow_up_date  date,
    evidence_start  integer,
    evidence_end    integer,
    evidence_text   varchar(4000),
    confidence      double precision,
    cue             varchar(300),
    status_in_text  varchar(32),
    review_state    varchar(16),
    primary key (id, rev)
);

-- Password hashes and failed-login counters are never copied into the trail.
create table staff_account_aud (
    username      varchar(64) not null,
    rev           integer     not null references revinfo (rev),
    revtype       smallint,
    display_name  varchar(200),
    role          varchar(32),
    desk          varchar(64),
    enabled       boolean,
    created_at    timestamp(6) with time zone,
    clearance     varchar(16),
    caveat_access varchar(200),
    locked_until  timestamp(6) with time zone,
    primary key (username, rev)
);
