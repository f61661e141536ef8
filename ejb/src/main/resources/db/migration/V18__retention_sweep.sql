-- The daily retention sweep. A person's own record now says when it last changed and whether it has been
-- anonymised (so a sweep never does one twice); the sweeps themselves are recorded with what they did, as counts
-- by rule and never the data. A scheduled sweep claims its day (run_key), so that with several server instances
-- on one database only one of them runs it.

alter table person add column changed_at timestamp with time zone default current_timestamp not null;
alter table person add column anonymised_at timestamp with time zone;
create index person_anonymised_ix on person (anonymised_at, id);
-- A manager's approvals and a coordinator's decisions are activity too.
create index booking_event_actor_ix on booking_event (actor_person_id, occurred_at);
create index mail_outbox_created_ix on mail_outbox (created_at);
create index approval_link_created_ix on approval_link (created_at);
-- What the sweep looks up per person, and what anonymising removes by person.
create index session_facilitator_person_ix on session_facilitator (person_id);
create index subject_access_request_person_ix on subject_access_request (person_id);
create index erasure_request_person_ix on erasure_request (person_id, status);
create index approval_link_manager_ix on approval_link (manager_person_id);
create index mail_outbox_recipient_ix on mail_outbox (recipient);

create sequence retention_sweep_seq start with 50 increment by 50;

create table retention_sweep (
    id                    bigint                   primary key,
    run_key               varchar(30),
    dry_run               boolean                  not null,
    started_at            timestamp with time zone not null,
    finished_at           timestamp with time zone,
    status                varchar(10)              not null,
    started_by_account_id bigint,
    constraint retention_sweep_run_key_uk unique (run_key),
    constraint retention_sweep_status_ck check (status in ('RUNNING', 'FINISHED', 'FAILED'))
);
create index retention_sweep_started_ix on retention_sweep (started_at);

-- Per rule: how many records the sweep anonymised or deleted (or, in a dry run, would have), how many it left
-- because a legal hold covers them, and the failure that stopped the rule, if one did (a code).
create table retention_sweep_count (
    sweep_id     bigint      not null,
    record_type  varchar(30) not null,
    action       varchar(20) not null,
    done         bigint      not null,
    held         bigint      not null,
    failure      varchar(100),
    constraint retention_sweep_count_pk primary key (sweep_id, record_type),
    constraint retention_sweep_count_sweep_fk foreign key (sweep_id) references retention_sweep (id)
);

-- The data protection officer's own case records (legal holds released, erasure requests decided, subject
-- access requests answered) are kept six years after they close, like the audit log.
insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (7, 1, 'DATA_PROTECTION_CASE', 'CLOSED', 72, 'DELETE');
