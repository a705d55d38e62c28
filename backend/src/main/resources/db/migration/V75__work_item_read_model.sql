-- The open tasks behind "My work" (ADR 26), kept by the workflow module in the transaction that changes a task, so
-- the list is read by index instead of through the engine's generic task query.
-- work_item: one row per open task of a process, with what the list shows.
create table work_item (
    task_id             varchar(64)  primary key,
    task_key            varchar(255),
    name                varchar(255),
    process_instance_id varchar(64),
    cable_id            varchar(255),
    due_at              timestamp,
    created_at          timestamp    not null,
    assignee            varchar(255),
    offered             boolean      not null
);

-- work_item_party: one row per party that sees the task: 'user:<assignee>' once assigned, else 'group:<g>' for each
-- candidate group (the engine's candidate-group query leaves assigned tasks out). sort_due is the due date, or
-- 9999-12-31 when there is none, so H2 and PostgreSQL order the same way. The primary key is the list's order, so
-- each party's first page is one index range; shared marks a task offered to more than one group, which the count
-- must take once.
create table work_item_party (
    party      varchar(300) not null,
    sort_due   timestamp    not null,
    created_at timestamp    not null,
    task_id    varchar(64)  not null,
    shared     boolean      not null,
    primary key (party, sort_due, created_at, task_id)
);
create index work_item_party_task on work_item_party (task_id);
create index work_item_party_shared on work_item_party (shared, party, task_id);
