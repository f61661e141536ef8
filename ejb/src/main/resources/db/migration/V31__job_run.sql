-- The batch jobs' runs as the application records them, whichever server instance ran them: the jobs screen and the
-- API read these, not a server's own batch job repository (which each instance keeps for itself). A run holds the
-- lease on its job and key (work_lease) while it goes; one whose instance died is continued by a run on another
-- instance (continues_run_id), which records the first as abandoned.

create sequence job_run_seq start with 50 increment by 50;

create table job_run (
    id               bigint                   primary key,
    job_name         varchar(50)              not null,
    run_key          varchar(30)              not null,
    quarter_code     varchar(7),
    instance_name    varchar(120)             not null,
    execution_id     bigint,
    status           varchar(20)              not null,
    exit_status      varchar(200),
    steps_total      integer                  not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    continues_run_id bigint,
    constraint job_run_continues_fk foreign key (continues_run_id) references job_run (id)
);

create index job_run_job_key_idx on job_run (job_name, run_key, id);

create table job_run_step (
    run_id         bigint       not null,
    position       integer      not null,
    step_name      varchar(50)  not null,
    status         varchar(20)  not null,
    exit_status    varchar(200),
    read_count     bigint       not null,
    write_count    bigint       not null,
    commit_count   bigint       not null,
    rollback_count bigint       not null,
    constraint job_run_step_pk primary key (run_id, position),
    constraint job_run_step_run_fk foreign key (run_id) references job_run (id) on delete cascade
);

-- The latest KPI run of each quarter is now read from job_run.
drop table kpi_run;
