-- Personal calendar feeds. Only a SHA-256 of each secret token is stored (the token is 256 random bits, so a fast
-- hash suffices and allows the lookup); a revoked token stays, marked, so the history of who had a feed is kept.
create sequence feed_token_seq start with 1 increment by 50;
create table feed_token (
    id             bigint       not null primary key,
    username       varchar(64)  not null references staff_account (username),
    token_hash     varchar(64)  not null,
    inside_network boolean      not null,
    created_at     timestamp(6) with time zone not null,
    revoked_at     timestamp(6) with time zone,
    constraint feed_token_hash_uq unique (token_hash)
);
create index feed_token_user_idx on feed_token (username);
