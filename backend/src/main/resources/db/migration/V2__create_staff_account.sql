create table staff_account (
    username      varchar(64)  not null primary key,
    display_name  varchar(200) not null,
    password_hash varchar(100) not null,
    role          varchar(32)  not null,
    desk          varchar(64),
    enabled       boolean      not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint
);
