-- Every refused access, for the security officer: who, what, why, when. Never the refused content itself.
create sequence access_denial_seq start with 1 increment by 50;
create table access_denial (
    id        bigint       not null primary key,
    denied_at timestamp(6) with time zone not null,
    username  varchar(64)  not null,
    resource  varchar(300) not null,
    reason    varchar(500) not null
);
create index access_denial_at_idx on access_denial (denied_at);
