-- Quarterly KPI reporting (seed 002: "on a quarterly basis regularly review and report on our learning and
-- development key performance indicators"). The committees the figures are for, each covering a set of strands
-- (a strand may be in several), and the snapshot the quarterly KPI job writes: for each UK financial quarter
-- (Q1 = April to June), committee, and breakdown (all, by strand, by agency, by workforce group), the counts and
-- sums the indicators are computed from. Re-running a quarter replaces its snapshot.

create table committee (
    code          varchar(40)  primary key,
    name          varchar(200) not null,
    display_order integer      not null
);

create table committee_strand (
    committee_code varchar(40) not null,
    strand_code    varchar(40) not null,
    constraint committee_strand_pk primary key (committee_code, strand_code),
    constraint committee_strand_committee_fk foreign key (committee_code) references committee (code),
    constraint committee_strand_strand_fk foreign key (strand_code) references strand (code)
);

insert into committee (code, name, display_order) values
    ('CHILD_PROTECTION_COMMITTEE', 'Child Protection Committee', 1),
    ('ADULT_PROTECTION_COMMITTEE', 'Adult Protection Committee', 2),
    ('VIOLENCE_AGAINST_WOMEN_PARTNERSHIP', 'Violence Against Women Partnership', 3),
    ('MAPPA_GROUP', 'MAPPA Strategic Oversight Group', 4),
    ('CHIEF_OFFICERS_GROUP', 'Chief Officers Group', 5);

insert into committee_strand (committee_code, strand_code) values
    ('CHILD_PROTECTION_COMMITTEE', 'CHILD_PROTECTION'),
    ('CHILD_PROTECTION_COMMITTEE', 'TRAUMA'),
    ('CHILD_PROTECTION_COMMITTEE', 'SUBSTANCE_USE'),
    ('CHILD_PROTECTION_COMMITTEE', 'MENTAL_HEALTH'),
    ('ADULT_PROTECTION_COMMITTEE', 'ADULT_SUPPORT_PROTECTION'),
    ('ADULT_PROTECTION_COMMITTEE', 'TRAUMA'),
    ('ADULT_PROTECTION_COMMITTEE', 'SUBSTANCE_USE'),
    ('ADULT_PROTECTION_COMMITTEE', 'MENTAL_HEALTH'),
    ('VIOLENCE_AGAINST_WOMEN_PARTNERSHIP', 'VAWG'),
    ('VIOLENCE_AGAINST_WOMEN_PARTNERSHIP', 'TRAUMA'),
    ('MAPPA_GROUP', 'MAPPA'),
    ('MAPPA_GROUP', 'JUSTICE'),
    ('CHIEF_OFFICERS_GROUP', 'CHILD_PROTECTION'),
    ('CHIEF_OFFICERS_GROUP', 'ADULT_SUPPORT_PROTECTION'),
    ('CHIEF_OFFICERS_GROUP', 'VAWG'),
    ('CHIEF_OFFICERS_GROUP', 'MAPPA'),
    ('CHIEF_OFFICERS_GROUP', 'JUSTICE'),
    ('CHIEF_OFFICERS_GROUP', 'MENTAL_HEALTH'),
    ('CHIEF_OFFICERS_GROUP', 'SUBSTANCE_USE'),
    ('CHIEF_OFFICERS_GROUP', 'TRAUMA');

-- One row per quarter, committee, breakdown and key ('ALL' for ALL; the strand code, organisation id or workforce
-- group id otherwise). Session figures (sessions, places) are not broken down by agency or workforce group.
create table kpi_figure (
    quarter_code           varchar(7)   not null,
    committee_code         varchar(40)  not null,
    dimension              varchar(10)  not null,
    dimension_key          varchar(40)  not null,
    sessions_delivered     integer,
    places_offered         integer,
    bookings               integer      not null,
    attended               integer      not null,
    attended_partly        integer      not null,
    did_not_attend         integer      not null,
    late_cancellations     integer      not null,
    waitlisted             integer      not null,
    unique_learners        integer      not null,
    unique_agencies        integer      not null,
    training_hours         numeric(12, 2) not null,
    cost_pence             bigint       not null,
    evaluations_requested  integer      not null,
    evaluations_answered   integer      not null,
    satisfaction_sum       integer      not null,
    satisfaction_count     integer      not null,
    confidence_change_sum  integer      not null,
    confidence_count       integer      not null,
    learners_changed       integer      not null,
    learners_asked         integer      not null,
    managers_changed       integer      not null,
    managers_asked         integer      not null,
    constraint kpi_figure_pk primary key (quarter_code, committee_code, dimension, dimension_key),
    constraint kpi_figure_committee_fk foreign key (committee_code) references committee (code),
    constraint kpi_figure_dimension_ck check (dimension in ('ALL', 'STRAND', 'AGENCY', 'GROUP'))
);

-- The runs of the quarterly KPI job by quarter: one at a time per quarter.
create table kpi_run (
    quarter_code  varchar(7)               primary key,
    execution_id  bigint                   not null,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    status        varchar(10)              not null,
    constraint kpi_run_status_ck check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);
