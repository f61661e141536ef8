-- The strategy's priorities (seed 002, e.g. 2024-27): what the learning team set out to do, the outcome it expects and
-- how it is measured, with the courses that serve each. A priority may have a yearly target of sessions, such as
-- "frameworks and assessment tools training at least three times within each financial year"; progress counts the
-- sessions of its courses in the financial year, delivered and planned.
create sequence strategy_priority_seq start with 50 increment by 50;

create table strategy_priority (
    id                   bigint        primary key,
    version              bigint        not null,
    period               varchar(20)   not null,
    title                varchar(300)  not null,
    outcome              varchar(1000),
    measure              varchar(300),
    sessions_per_year    integer,
    position             integer       not null,
    retired              boolean       not null,
    constraint strategy_priority_target_ck check (sessions_per_year is null or sessions_per_year between 1 and 500)
);

create table strategy_priority_course (
    priority_id bigint not null,
    course_id   bigint not null,
    constraint strategy_priority_course_pk primary key (priority_id, course_id),
    constraint strategy_priority_course_priority_fk foreign key (priority_id) references strategy_priority (id),
    constraint strategy_priority_course_course_fk foreign key (course_id) references course (id)
);
create index strategy_priority_course_course_ix on strategy_priority_course (course_id);
