-- Registration with the regulator (seed 000): the part of the register a person is on, their number, when they
-- registered and when it is to be renewed, the conditions set on it (obtain a qualification by a date), and the
-- continuous professional learning expected in each period between renewals, counted from their learning records.

-- The parts of the register, each with the months between renewals and the hours of learning expected in that time.
-- The learning team keeps them in step with the regulator's current requirements.
create table register_part (
    code            varchar(30)  primary key,
    name            varchar(200) not null,
    renewal_months  integer      not null,
    learning_hours  numeric(6,2) not null,
    active          boolean      not null,
    constraint register_part_renewal_ck check (renewal_months between 12 and 120),
    constraint register_part_hours_ck check (learning_hours between 0 and 1000)
);
insert into register_part (code, name, renewal_months, learning_hours, active) values
    ('SOCIAL_WORKER', 'Social worker', 36, 90, true),
    ('SOCIAL_WORK_STUDENT', 'Social work student', 60, 0, true),
    ('SUPERVISOR_HOUSING_SUPPORT', 'Supervisor in a housing support service', 60, 60, true),
    ('PRACTITIONER_HOUSING_SUPPORT', 'Practitioner in a housing support service', 60, 60, true),
    ('SUPPORT_WORKER_HOUSING_SUPPORT', 'Support worker in a housing support service', 60, 60, true),
    ('SUPPORT_WORKER_CARE_AT_HOME', 'Support worker in a care at home service', 60, 60, true),
    ('PRACTITIONER_CARE_HOME_ADULTS', 'Practitioner in a care home service for adults', 60, 60, true),
    ('MANAGER_ADULT_DAY_CARE', 'Manager of an adult day care service', 60, 60, true),
    ('RESIDENTIAL_CHILD_CARE_WORKER', 'Residential child care worker', 60, 60, true);

create sequence registration_seq start with 50 increment by 50;

create table registration (
    id                    bigint                   primary key,
    version               bigint                   not null,
    person_id             bigint                   not null,
    register_part_code    varchar(30)              not null,
    registration_number   varchar(30),
    registered_on         date                     not null,
    renewal_due_on        date                     not null,
    ended_on              date,
    recorded_by_person_id bigint,
    recorded_at           timestamp with time zone not null,
    constraint registration_person_fk foreign key (person_id) references person (id),
    constraint registration_part_fk foreign key (register_part_code) references register_part (code),
    constraint registration_recorded_by_fk foreign key (recorded_by_person_id) references person (id),
    constraint registration_dates_ck check (renewal_due_on > registered_on)
);
create index registration_person_ix on registration (person_id);
create index registration_renewal_ix on registration (renewal_due_on);

create sequence registration_condition_seq start with 50 increment by 50;

-- A condition on a registration: obtain a qualification by a date. Met when it is achieved.
create table registration_condition (
    id                  bigint       primary key,
    version             bigint       not null,
    registration_id     bigint       not null,
    qualification_code  varchar(30)  not null,
    due_on              date         not null,
    constraint registration_condition_registration_fk foreign key (registration_id) references registration (id),
    constraint registration_condition_qualification_fk foreign key (qualification_code) references qualification (code)
);
create index registration_condition_registration_ix on registration_condition (registration_id);
create index registration_condition_due_ix on registration_condition (due_on);

-- The alerts sent before a renewal or a condition falls due, 6, 3 and 1 months ahead: one row per alert, so that each
-- is sent once whichever server instance sends it.
create table registration_alert (
    registration_id  bigint                   not null,
    subject          varchar(40)              not null,
    due_on           date                     not null,
    months_before    integer                  not null,
    sent_at          timestamp with time zone not null,
    constraint registration_alert_pk primary key (registration_id, subject, due_on, months_before),
    constraint registration_alert_registration_fk foreign key (registration_id) references registration (id)
);
