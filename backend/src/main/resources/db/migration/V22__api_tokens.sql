-- Personal API tokens (Authorization: Bearer). Only a SHA-256 of each token is stored: the token is 256 random
-- bits, so a fast hash is enough and lets the token be found by it. Revoked tokens stay, marked.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint       not null primary key,
    username     varchar(64)  not null references staff_account (username),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint api_token_hash_uq unique (token_hash)
);
create index api_token_user_idx on api_token (username);
