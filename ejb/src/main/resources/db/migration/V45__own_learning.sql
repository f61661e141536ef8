-- Learning a person records themselves (seeds 002, 003: each practitioner is responsible for their CPD): single-agency
-- training, team briefings, workshops, conferences, coaching, shadowing, reading, and learning they shared or
-- delivered; with the day, the hours, what they learned and their evidence. Their line manager can confirm it; the
-- learning team can accept it as equivalent to a course (a learning record of kind EQUIVALENT, which then counts for
-- pathways). Facilitating a session is recorded for each facilitator when the session's register is complete (one
-- entry per facilitator and session). Seen by the person, their line manager and the learning team; in the person's
-- subject access copy; deleted when the person is anonymised (retention rule PERSON).
create sequence own_learning_seq start with 50 increment by 50;

create table own_learning (
    id                     bigint                   primary key,
    version                bigint                   not null,
    person_id              bigint                   not null,
    kind                   varchar(30)              not null,
    title                  varchar(200)             not null,
    provider               varchar(200),
    done_on                date                     not null,
    hours                  numeric(5, 2)            not null,
    learned                varchar(2000),
    evidence               varchar(500),
    strand_code            varchar(40),
    session_id             bigint,
    recorded_at            timestamp with time zone not null,
    confirmed_by_person_id bigint,
    confirmed_at           timestamp with time zone,
    accepted_record_id     bigint,
    constraint own_learning_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint own_learning_strand_fk foreign key (strand_code) references strand (code),
    constraint own_learning_session_fk foreign key (session_id) references course_session (id),
    constraint own_learning_confirmed_by_fk foreign key (confirmed_by_person_id) references person (id) on delete set null,
    constraint own_learning_record_fk foreign key (accepted_record_id) references learning_record (id) on delete set null,
    constraint own_learning_kind_ck check (kind in ('SINGLE_AGENCY_TRAINING', 'TEAM_BRIEFING', 'WORKSHOP', 'CONFERENCE',
        'COACHING', 'SHADOWING', 'READING', 'DELIVERING', 'FACILITATING', 'OTHER')),
    constraint own_learning_hours_ck check (hours > 0 and hours <= 999),
    constraint own_learning_session_uk unique (person_id, session_id)
);
create index own_learning_person_ix on own_learning (person_id, done_on);
create index own_learning_confirmer_ix on own_learning (confirmed_by_person_id);
