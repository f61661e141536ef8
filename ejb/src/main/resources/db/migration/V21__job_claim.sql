-- The batch jobs' runs by schedule: the first server instance to claim a job's run (e.g. the impact evaluation of
-- one day) starts it; the others, sharing the database, find it claimed and leave it.

create table job_claim (
    job_name   varchar(50)              not null,
    run_key    varchar(30)              not null,
    claimed_at timestamp with time zone not null,
    constraint job_claim_pk primary key (job_name, run_key)
);
