-- Repeated wrong passwords lock an account for a while.
alter table staff_account add column failed_logins integer default 0 not null;
alter table staff_account add column locked_until timestamp(6) with time zone;
