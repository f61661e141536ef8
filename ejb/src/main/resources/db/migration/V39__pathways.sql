-- Pathways: what each job role must learn and how often. A learning requirement is met by any of the courses it
-- accepts (a course and its e-learning, or a retired course beside its replacement) and is due again refresh_months
-- after the latest completion (never, without one). A role profile maps a job role to a workforce group per framework
-- and to the requirements of the role; people hold role profiles, given by the HR import, their manager or the
-- learning team.
create sequence learning_requirement_seq start with 50 increment by 50;

create table learning_requirement (
    id             bigint        primary key,
    version        bigint        not null,
    name           varchar(200)  not null,
    description    varchar(1000),
    refresh_months integer,
    active         boolean       not null,
    constraint learning_requirement_name_uk unique (name),
    constraint learning_requirement_refresh_ck check (refresh_months is null or refresh_months between 1 and 240)
);

create table learning_requirement_course (
    requirement_id bigint not null,
    course_id      bigint not null,
    constraint learning_requirement_course_pk primary key (requirement_id, course_id),
    constraint learning_requirement_course_requirement_fk foreign key (requirement_id) references learning_requirement (id)
        on delete cascade,
    constraint learning_requirement_course_course_fk foreign key (course_id) references course (id)
);
create index learning_requirement_course_course_ix on learning_requirement_course (course_id);

create sequence role_profile_seq start with 50 increment by 50;

create table role_profile (
    id          bigint        primary key,
    version     bigint        not null,
    code        varchar(40)   not null,
    name        varchar(200)  not null,
    description varchar(1000),
    active      boolean       not null,
    constraint role_profile_code_uk unique (code),
    constraint role_profile_name_uk unique (name)
);

create table role_profile_workforce_group (
    role_profile_id    bigint not null,
    workforce_group_id bigint not null,
    constraint role_profile_workforce_group_pk primary key (role_profile_id, workforce_group_id),
    constraint role_profile_workforce_group_profile_fk foreign key (role_profile_id) references role_profile (id) on delete cascade,
    constraint role_profile_workforce_group_group_fk foreign key (workforce_group_id) references workforce_group (id)
);

create table role_profile_requirement (
    role_profile_id bigint  not null,
    requirement_id  bigint  not null,
    position        integer not null,
    constraint role_profile_requirement_pk primary key (role_profile_id, requirement_id),
    constraint role_profile_requirement_profile_fk foreign key (role_profile_id) references role_profile (id) on delete cascade,
    constraint role_profile_requirement_requirement_fk foreign key (requirement_id) references learning_requirement (id)
);
create index role_profile_requirement_requirement_ix on role_profile_requirement (requirement_id);

create sequence person_role_profile_seq start with 50 increment by 50;

create table person_role_profile (
    id              bigint      primary key,
    person_id       bigint      not null,
    role_profile_id bigint      not null,
    assigned_on     date        not null,
    assigned_by     varchar(20) not null,
    constraint person_role_profile_uk unique (person_id, role_profile_id),
    constraint person_role_profile_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint person_role_profile_profile_fk foreign key (role_profile_id) references role_profile (id),
    constraint person_role_profile_by_ck check (assigned_by in ('HR_IMPORT', 'MANAGER', 'LEARNING_TEAM'))
);
create index person_role_profile_profile_ix on person_role_profile (role_profile_id, person_id);
