-- The overdue board's read model (ADR 22), kept in the transaction that changes a follow-up.
-- board_entry: the key each open follow-up is counted under now, so a change can take it off its old row.
-- Keys hold no nulls (a unique key would let two "null" rows through): no desk or organisation is '', no due date
-- is 9999-12-31.
create table board_entry (
    commitment_id bigint        primary key,
    desk          varchar(64)   not null,
    class_rank    integer       not null,
    noforn        boolean       not null,
    owner         varchar(64)   not null,
    org           varchar(300)  not null,
    tags          varchar(1000) not null,
    due_date      date          not null,
    late          boolean       not null
);

-- Open follow-ups per desk, clearance needed, owner, counterpart organisation, due date and "marked late".
create table board_count (
    desk       varchar(64)  not null,
    class_rank integer      not null,
    noforn     boolean      not null,
    owner      varchar(64)  not null,
    org        varchar(300) not null,
    due_date   date         not null,
    late       boolean      not null,
    n          bigint       not null,
    primary key (desk, class_rank, noforn, owner, org, due_date, late)
);

-- The same per TAGS word (a cable with three words counts once under each).
create table board_tag_count (
    tag        varchar(64) not null,
    desk       varchar(64) not null,
    class_rank integer     not null,
    noforn     boolean     not null,
    due_date   date        not null,
    late       boolean     not null,
    n          bigint      not null,
    primary key (tag, desk, class_rank, noforn, due_date, late)
);

-- Follow-ups (open or closed) whose due date moved more than once, for the slippage list.
create table board_slipped (
    commitment_id bigint      primary key,
    cable_id      varchar(64) not null,
    owner         varchar(64) not null,
    desk          varchar(64) not null,
    class_rank    integer     not null,
    noforn        boolean     not null,
    slips         integer     not null,
    first_due     date,
    current_due   date
);
create index board_slipped_slips_idx on board_slipped (slips desc, commitment_id);

-- What was open and overdue at the end of each past week (Sunday), written once per week by whichever node first
-- takes board_week_taken's row.
create table board_week_taken (
    week_end date      primary key,
    taken_at timestamp not null
);

create table board_week (
    week_end   date        not null,
    desk       varchar(64) not null,
    class_rank integer     not null,
    noforn     boolean     not null,
    open_count bigint      not null,
    overdue    bigint      not null,
    primary key (week_end, desk, class_rank, noforn)
);

-- The trend's reconstruction looks up a follow-up's slips after a week's end.
create index commitment_slip_commitment_at_idx on commitment_slip (commitment_id, slipped_at);
