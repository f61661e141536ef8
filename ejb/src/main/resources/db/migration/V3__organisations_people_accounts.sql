-- Partner organisations, the people who work in them, and their sign-in accounts.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.
-- Names and e-mail addresses are unique case-insensitively: the application stores a normalised
-- key beside the display value (H2 has no expression indexes).

create sequence organisation_seq start with 50 increment by 50;

create table organisation (
    id          bigint       primary key,
    version     bigint       not null,
    name        varchar(200) not null,
    name_key    varchar(200) not null,
    agency_type varchar(30)  not null,
    active      boolean      not null,
    constraint organisation_name_key_uk unique (name_key)
);

create table organisation_council_area (
    organisation_id   bigint     not null,
    council_area_code varchar(9) not null,
    constraint organisation_council_area_pk primary key (organisation_id, council_area_code),
    constraint organisation_council_area_org_fk foreign key (organisation_id) references organisation (id),
    constraint organisation_council_area_area_fk foreign key (council_area_code) references council_area (gss_code)
);

create sequence person_seq start with 50 increment by 50;

create table person (
    id              bigint       primary key,
    version         bigint       not null,
    given_name      varchar(100) not null,
    family_name     varchar(100) not null,
    work_email      varchar(254) not null,
    phone           varchar(40),
    job_title       varchar(150),
    organisation_id bigint       not null,
    line_manager_id bigint,
    active          boolean      not null,
    constraint person_work_email_uk unique (work_email),
    constraint person_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint person_line_manager_fk foreign key (line_manager_id) references person (id)
);
create index person_organisation_ix on person (organisation_id);
create index person_line_manager_ix on person (line_manager_id);
create index person_family_name_ix on person (family_name);

-- At most one workforce group per framework for each person.
create table person_workforce_group (
    person_id          bigint      not null,
    framework_code     varchar(30) not null,
    workforce_group_id bigint      not null,
    constraint person_workforce_group_pk primary key (person_id, framework_code),
    constraint person_workforce_group_person_fk foreign key (person_id) references person (id),
    constraint person_workforce_group_framework_fk foreign key (framework_code) references framework (code),
    constraint person_workforce_group_group_fk foreign key (workforce_group_id) references workforce_group (id)
);

create sequence user_account_seq start with 50 increment by 50;

create table user_account (
    id              bigint       primary key,
    version         bigint       not null,
    username        varchar(100) not null,
    password_hash   varchar(300) not null,
    person_id       bigint,
    active          boolean      not null,
    failed_sign_ins integer      not null,
    locked_until    timestamp with time zone,
    last_sign_in_at timestamp with time zone,
    constraint user_account_username_uk unique (username),
    constraint user_account_person_uk unique (person_id),
    constraint user_account_person_fk foreign key (person_id) references person (id)
);

create table user_account_role (
    user_account_id bigint      not null,
    role            varchar(20) not null,
    constraint user_account_role_pk primary key (user_account_id, role),
    constraint user_account_role_account_fk foreign key (user_account_id) references user_account (id)
);
