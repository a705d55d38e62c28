-- What each person is cleared to read. Existing accounts start uncleared: an administrator raises them.
alter table staff_account add column clearance varchar(16) default 'UNCLASSIFIED' not null;
alter table staff_account add column caveat_access varchar(200) default '' not null;
