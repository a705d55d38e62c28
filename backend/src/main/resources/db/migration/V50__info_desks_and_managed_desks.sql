-- Desks a cable was sent to for INFO: they read it; the routed desk (cable.desk) owns its work.
alter table cable add column info_desks varchar(1000);

-- The desks a manager manages (a manager may manage several; an officer works on the one desk in staff_account).
create table staff_managed_desk (
    username varchar(64) not null references staff_account (username),
    desk     varchar(64) not null,
    primary key (username, desk)
);

create table staff_managed_desk_aud (
    rev      integer     not null references revinfo (rev),
    revtype  smallint,
    username varchar(64) not null,
    desk     varchar(64) not null,
    primary key (rev, username, desk)
);
