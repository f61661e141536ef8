-- Allocation of places on note-of-interest sessions. The manager states how much the learner needs the course
-- when approving; an allocation records its seed and quotas and, per applicant, the facts it weighed and the
-- outcome, so that anyone can see (and reproduce) why each person was or was not placed.

alter table booking add column need_level varchar(20);
alter table booking add constraint booking_need_level_ck check (need_level in ('ESSENTIAL', 'IMPORTANT', 'DEVELOPMENT'));

create sequence allocation_seq start with 50 increment by 50;

create table allocation (
    id                      bigint                   primary key,
    version                 bigint                   not null,
    session_id              bigint                   not null,
    status                  varchar(20)              not null,
    seed                    bigint                   not null,
    agency_share            integer                  not null,
    group_share             integer                  not null,
    places                  integer                  not null,
    run_at                  timestamp with time zone not null,
    run_by_person_id        bigint,
    automatic               boolean                  not null,
    confirmed_at            timestamp with time zone,
    confirmed_by_person_id  bigint,
    constraint allocation_session_fk foreign key (session_id) references course_session (id),
    constraint allocation_run_by_fk foreign key (run_by_person_id) references person (id),
    constraint allocation_confirmed_by_fk foreign key (confirmed_by_person_id) references person (id),
    constraint allocation_status_ck check (status in ('DRAFT', 'CONFIRMED', 'SUPERSEDED')),
    constraint allocation_share_ck check (agency_share between 1 and 100 and group_share between 1 and 100),
    constraint allocation_places_ck check (places >= 0)
);
create index allocation_session_ix on allocation (session_id, status);

create sequence allocation_line_seq start with 50 increment by 50;

create table allocation_line (
    id                      bigint                   primary key,
    version                 bigint                   not null,
    allocation_id           bigint                   not null,
    booking_id              bigint                   not null,
    rank_in_order           integer                  not null,
    tie_break               integer                  not null,
    need_level              varchar(20),
    prerequisites_recent    boolean                  not null,
    placed_before           boolean                  not null,
    organisation_id         bigint                   not null,
    workforce_group_id      bigint,
    outcome                 varchar(30)              not null,
    placed                  boolean                  not null,
    adjusted_at             timestamp with time zone,
    adjusted_by_person_id   bigint,
    adjustment_reason       varchar(1000),
    constraint allocation_line_allocation_fk foreign key (allocation_id) references allocation (id),
    constraint allocation_line_booking_fk foreign key (booking_id) references booking (id),
    constraint allocation_line_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint allocation_line_group_fk foreign key (workforce_group_id) references workforce_group (id),
    constraint allocation_line_adjusted_by_fk foreign key (adjusted_by_person_id) references person (id),
    constraint allocation_line_uk unique (allocation_id, booking_id),
    constraint allocation_line_outcome_ck check (outcome in ('PLACED', 'PLACED_BEYOND_QUOTA', 'AGENCY_QUOTA_FULL',
        'GROUP_QUOTA_FULL', 'NO_PLACE_LEFT'))
);
create index allocation_line_booking_ix on allocation_line (booking_id);
