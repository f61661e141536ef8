-- One claim mechanism for everything that runs by itself with several server instances on one database: a lease
-- on a piece of work (a timer's round, a batch job's quarter, a night's retention sweep). An instance holds it
-- while it works and renews it; a lease not renewed by its expiry (the instance died) can be taken by another
-- instance, which goes on with the work. Work that must happen once per key (a night's sweep, a quarter's
-- scheduled KPI run) is marked done and never taken again.

create table work_lease (
    work_name   varchar(50)              not null,
    run_key     varchar(30)              not null,
    holder      varchar(120),
    acquired_at timestamp with time zone,
    expires_at  timestamp with time zone,
    done_at     timestamp with time zone,
    constraint work_lease_pk primary key (work_name, run_key)
);

-- The row new leases are created under (locked while one is inserted, so that two instances never race to insert).
insert into work_lease (work_name, run_key) values ('*', '');

-- The claims of scheduled job starts made before: done, so that they do not start again.
insert into work_lease (work_name, run_key, holder, acquired_at, expires_at, done_at)
select job_name || '-schedule', run_key, null, claimed_at, null, claimed_at from job_claim;

drop table job_claim;
