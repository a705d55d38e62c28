-- Follow-ups found in a cable, as the extractor proposed them; review decisions change review_state only.
create sequence follow_up_candidate_seq start with 1 increment by 50;
create table follow_up_candidate (
    id              bigint        not null primary key,
    cable_id        varchar(64)   not null references cable (id),
    position        integer       not null,
    paragraph       integer,
    kind            varchar(32)   not null,
    actor           varchar(300),
    actor_org       varchar(300),
    to_whom         varchar(300),
    direction       varchar(32)   not null,
    action          varchar(2000),
    due_text        varchar(300),
    earliest        date,
    latest          date,
    anchor          varchar(16)   not null,
    vague           boolean       not null,
    due_date        date,
    follow_up_date  date,
    evidence_start  integer       not null,
    evidence_end    integer       not null,
    evidence_text   varchar(4000) not null,
    confidence      double precision not null,
    cue             varchar(300),
    status_in_text  varchar(32),
    review_state    varchar(16)   not null,
    version         bigint,
    constraint follow_up_candidate_position_uq unique (cable_id, position)
);
create index follow_up_candidate_cable_idx on follow_up_candidate (cable_id);

-- Every confirmation, edit and rejection, with who and when: the data the extractor's precision is measured on.
create sequence candidate_decision_seq start with 1 increment by 50;
create table candidate_decision (
    id           bigint       not null primary key,
    candidate_id bigint       not null references follow_up_candidate (id),
    decision     varchar(16)  not null,
    decided_by   varchar(64)  not null,
    decided_at   timestamp(6) with time zone not null,
    reason       varchar(1000)
);
create index candidate_decision_candidate_idx on candidate_decision (candidate_id);
