-- Booking: the council areas the partnership serves (who may book), each person's bookings on sessions
-- with every change of state recorded (who, when, why), places taken per session, and learning records
-- (completed courses, or a coordinator's record that earlier learning is equivalent).

create table partnership_area (
    council_area_code varchar(9) primary key,
    constraint partnership_area_area_fk foreign key (council_area_code) references council_area (gss_code)
);

-- Confirmed places plus places held by an open waiting-list offer; never more than the capacity.
alter table course_session add column places_taken integer default 0 not null;
alter table course_session add constraint course_session_places_ck check (places_taken >= 0 and places_taken <= capacity);

create sequence booking_seq start with 50 increment by 50;

create table booking (
    id                 bigint                   primary key,
    version            bigint                   not null,
    session_id         bigint                   not null,
    person_id          bigint                   not null,
    status             varchar(20)              not null,
    applied_at         timestamp with time zone not null,
    need               varchar(1000),
    group_mismatch     boolean                  not null,
    queued_at          timestamp with time zone,
    offer_expires_at   timestamp with time zone,
    late_cancellation  boolean                  not null,
    attendance         varchar(20),
    attended_minutes   integer,
    constraint booking_session_fk foreign key (session_id) references course_session (id),
    constraint booking_person_fk foreign key (person_id) references person (id),
    -- One booking per person per session: applying again after a cancellation reuses it.
    constraint booking_session_person_uk unique (session_id, person_id),
    constraint booking_status_ck check (status in ('REQUESTED', 'DECLINED', 'APPROVED', 'CONFIRMED', 'WAITLISTED',
        'OFFERED', 'CANCELLED')),
    constraint booking_attendance_ck check (attendance in ('ATTENDED', 'PARTIAL', 'DID_NOT_ATTEND')),
    constraint booking_minutes_ck check (attended_minutes is null or attended_minutes >= 0)
);
create index booking_person_ix on booking (person_id);
create index booking_session_status_ix on booking (session_id, status, queued_at);
create index booking_offer_ix on booking (offer_expires_at);

create sequence booking_event_seq start with 50 increment by 50;

create table booking_event (
    id              bigint                   primary key,
    booking_id      bigint                   not null,
    occurred_at     timestamp with time zone not null,
    actor_person_id bigint,
    actor_role      varchar(20)              not null,
    status          varchar(20)              not null,
    reason          varchar(1000),
    constraint booking_event_booking_fk foreign key (booking_id) references booking (id),
    constraint booking_event_actor_fk foreign key (actor_person_id) references person (id),
    constraint booking_event_role_ck check (actor_role in ('LEARNER', 'MANAGER', 'MANAGER_LINK', 'COORDINATOR', 'SYSTEM'))
);
create index booking_event_booking_ix on booking_event (booking_id, occurred_at);

create sequence learning_record_seq start with 50 increment by 50;

create table learning_record (
    id                     bigint                   primary key,
    version                bigint                   not null,
    person_id              bigint                   not null,
    course_id              bigint                   not null,
    session_id             bigint,
    completed_on           date                     not null,
    cpd_hours              numeric(5, 2)            not null,
    kind                   varchar(20)              not null,
    recorded_by_person_id  bigint,
    note                   varchar(500),
    constraint learning_record_person_fk foreign key (person_id) references person (id),
    constraint learning_record_course_fk foreign key (course_id) references course (id),
    constraint learning_record_session_fk foreign key (session_id) references course_session (id),
    constraint learning_record_recorder_fk foreign key (recorded_by_person_id) references person (id),
    constraint learning_record_kind_ck check (kind in ('COMPLETED', 'PARTIAL', 'EQUIVALENT')),
    constraint learning_record_cpd_ck check (cpd_hours >= 0),
    constraint learning_record_session_uk unique (person_id, session_id)
);
create index learning_record_person_ix on learning_record (person_id, course_id);
