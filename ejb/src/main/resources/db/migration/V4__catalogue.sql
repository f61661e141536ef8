-- The catalogue: what each workforce group is expected to know and do, venues, courses with their
-- outcomes, strands, target groups, prerequisites and self-guided resources, and the sessions that
-- deliver them. Sequences start at their increment: EclipseLink reads each value as the top of a block.

create table framework_expectation (
    id                 bigint       primary key,
    workforce_group_id bigint       not null,
    kind               varchar(20)  not null,
    position           integer      not null,
    text               varchar(500) not null,
    constraint framework_expectation_group_fk foreign key (workforce_group_id) references workforce_group (id),
    constraint framework_expectation_kind_ck check (kind in ('COMPETENCY', 'OUTCOME')),
    constraint framework_expectation_position_uk unique (workforce_group_id, kind, position)
);

create sequence venue_seq start with 50 increment by 50;

create table venue (
    id             bigint       primary key,
    version        bigint       not null,
    name           varchar(200) not null,
    address        varchar(300) not null,
    town           varchar(100) not null,
    postcode       varchar(10),
    access_notes   varchar(1000),
    active         boolean      not null
);

create sequence course_seq start with 50 increment by 50;

create table course (
    id               bigint        primary key,
    version          bigint        not null,
    title            varchar(200)  not null,
    summary          varchar(4000) not null,
    delivery_mode    varchar(30)   not null,
    duration_minutes integer       not null,
    cpd_hours        numeric(5, 2) not null,
    cost_pence       integer,
    cost_note        varchar(300),
    provider         varchar(200)  not null,
    booking_mode     varchar(20)   not null,
    default_capacity integer       not null,
    retired          boolean       not null,
    constraint course_delivery_mode_ck check (delivery_mode in ('IN_PERSON', 'ONLINE_LIVE', 'E_LEARNING',
        'SEVEN_MINUTE_BRIEFING', 'COMMUNITY_OF_PRACTICE', 'ACTION_LEARNING_SET')),
    constraint course_booking_mode_ck check (booking_mode in ('FIRST_COME', 'NOTE_OF_INTEREST')),
    constraint course_duration_ck check (duration_minutes > 0),
    constraint course_cpd_ck check (cpd_hours >= 0),
    constraint course_cost_ck check (cost_pence is null or cost_pence >= 0),
    constraint course_capacity_ck check (default_capacity > 0)
);
create index course_title_ix on course (title);

create table course_strand (
    course_id   bigint      not null,
    strand_code varchar(40) not null,
    constraint course_strand_pk primary key (course_id, strand_code),
    constraint course_strand_course_fk foreign key (course_id) references course (id),
    constraint course_strand_strand_fk foreign key (strand_code) references strand (code)
);

create table course_workforce_group (
    course_id          bigint not null,
    workforce_group_id bigint not null,
    constraint course_workforce_group_pk primary key (course_id, workforce_group_id),
    constraint course_workforce_group_course_fk foreign key (course_id) references course (id),
    constraint course_workforce_group_group_fk foreign key (workforce_group_id) references workforce_group (id)
);
create index course_workforce_group_group_ix on course_workforce_group (workforce_group_id);

create table course_prerequisite (
    course_id       bigint not null,
    prerequisite_id bigint not null,
    constraint course_prerequisite_pk primary key (course_id, prerequisite_id),
    constraint course_prerequisite_course_fk foreign key (course_id) references course (id),
    constraint course_prerequisite_prerequisite_fk foreign key (prerequisite_id) references course (id),
    constraint course_prerequisite_self_ck check (course_id <> prerequisite_id)
);

create table course_outcome (
    course_id bigint       not null,
    position  integer      not null,
    text      varchar(500) not null,
    constraint course_outcome_pk primary key (course_id, position),
    constraint course_outcome_course_fk foreign key (course_id) references course (id)
);

create table course_resource (
    course_id bigint        not null,
    position  integer       not null,
    title     varchar(200)  not null,
    url       varchar(1000) not null,
    constraint course_resource_pk primary key (course_id, position),
    constraint course_resource_course_fk foreign key (course_id) references course (id)
);

create sequence course_session_seq start with 50 increment by 50;

create table course_session (
    id                bigint                   primary key,
    version           bigint                   not null,
    course_id         bigint                   not null,
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    venue_id          bigint,
    joining_details   varchar(1000),
    capacity          integer                  not null,
    booking_opens_at  timestamp with time zone not null,
    booking_closes_at timestamp with time zone not null,
    status            varchar(20)              not null,
    constraint course_session_course_fk foreign key (course_id) references course (id),
    constraint course_session_venue_fk foreign key (venue_id) references venue (id),
    constraint course_session_times_ck check (ends_at > starts_at),
    constraint course_session_window_ck check (booking_opens_at < booking_closes_at and booking_closes_at <= starts_at),
    constraint course_session_capacity_ck check (capacity > 0),
    constraint course_session_status_ck check (status in ('PLANNED', 'OPEN', 'CLOSED', 'CANCELLED', 'DELIVERED'))
);
create index course_session_course_ix on course_session (course_id, starts_at);
create index course_session_starts_ix on course_session (starts_at);

create table session_facilitator (
    session_id bigint not null,
    person_id  bigint not null,
    constraint session_facilitator_pk primary key (session_id, person_id),
    constraint session_facilitator_session_fk foreign key (session_id) references course_session (id),
    constraint session_facilitator_person_fk foreign key (person_id) references person (id)
);
