-- Action-learning sets and communities of practice (seed 001). A set has a purpose, facilitators, members (typically
-- six to eight, across agencies) who join by application (with their line manager's approval, then a place) or by
-- invitation, and a series of meetings with attendance; a community of practice is an open group with its own
-- sessions and a member list. Facilitators record the themes of the problems members bring, from a taxonomy the
-- learning team keeps (the complexity-mapping categories), never case details. Members and facilitators keep
-- reflective logs, private to their author unless an entry is shared with the set's facilitators. Longitudinal
-- questionnaires go through the evaluation engine: at joining and at the set's offsets, to members and, where asked,
-- their line managers.

create sequence learning_set_seq start with 100 increment by 50;

create table learning_set (
    id                     bigint        primary key,
    version                bigint        not null,
    kind                   varchar(30)   not null,
    name                   varchar(200)  not null,
    name_key               varchar(200)  not null,
    purpose                varchar(30)   not null,
    description            varchar(2000),
    joining                varchar(20)   not null,
    places                 integer,
    meeting_minutes        integer       not null,
    online                 boolean       not null,
    venue_id               bigint,
    questionnaire_offsets  varchar(60)   not null,
    ask_managers           boolean       not null,
    created_on             date          not null,
    closed_on              date,
    constraint learning_set_name_key_uk unique (name_key),
    constraint learning_set_kind_ck check (kind in ('ACTION_LEARNING_SET', 'COMMUNITY_OF_PRACTICE')),
    constraint learning_set_purpose_ck check (purpose in ('NEWLY_QUALIFIED', 'REFLECTIVE_PRACTICE', 'SUPERVISORS',
        'PROGRAMME_LEADS', 'OTHER')),
    constraint learning_set_joining_ck check (joining in ('APPLICATION', 'INVITATION', 'OPEN')),
    constraint learning_set_places_ck check (places is null or places between 2 and 200),
    constraint learning_set_minutes_ck check (meeting_minutes between 15 and 480),
    constraint learning_set_venue_fk foreign key (venue_id) references venue (id)
);

create table learning_set_facilitator (
    learning_set_id bigint not null,
    person_id       bigint not null,
    constraint learning_set_facilitator_pk primary key (learning_set_id, person_id),
    constraint learning_set_facilitator_set_fk foreign key (learning_set_id) references learning_set (id),
    constraint learning_set_facilitator_person_fk foreign key (person_id) references person (id)
);
create index learning_set_facilitator_person_ix on learning_set_facilitator (person_id);

create sequence set_member_seq start with 100 increment by 50;

-- One row a person and set: asked (applied or invited) and where that stands; joined and left.
create table set_member (
    id                    bigint                   primary key,
    version               bigint                   not null,
    learning_set_id       bigint                   not null,
    person_id             bigint                   not null,
    status                varchar(20)              not null,
    asked_at              timestamp with time zone not null,
    approver_person_id    bigint,
    joined_on             date,
    left_on               date,
    constraint set_member_uk unique (learning_set_id, person_id),
    constraint set_member_set_fk foreign key (learning_set_id) references learning_set (id),
    constraint set_member_person_fk foreign key (person_id) references person (id),
    constraint set_member_approver_fk foreign key (approver_person_id) references person (id),
    constraint set_member_status_ck check (status in ('AWAITING_MANAGER', 'APPLIED', 'INVITED', 'MEMBER', 'DECLINED', 'LEFT'))
);
create index set_member_person_ix on set_member (person_id);
create index set_member_approver_ix on set_member (approver_person_id);

create sequence set_meeting_seq start with 100 increment by 50;

create table set_meeting (
    id              bigint                   primary key,
    version         bigint                   not null,
    learning_set_id bigint                   not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    online          boolean                  not null,
    venue_id        bigint,
    cancelled_at    timestamp with time zone,
    recorded_at     timestamp with time zone,
    constraint set_meeting_set_fk foreign key (learning_set_id) references learning_set (id),
    constraint set_meeting_venue_fk foreign key (venue_id) references venue (id),
    constraint set_meeting_times_ck check (ends_at > starts_at)
);
create index set_meeting_set_ix on set_meeting (learning_set_id, starts_at);
create index set_meeting_starts_ix on set_meeting (starts_at);

create table set_attendance (
    set_meeting_id bigint      not null,
    person_id      bigint      not null,
    mark           varchar(20) not null,
    constraint set_attendance_pk primary key (set_meeting_id, person_id),
    constraint set_attendance_meeting_fk foreign key (set_meeting_id) references set_meeting (id),
    constraint set_attendance_person_fk foreign key (person_id) references person (id),
    constraint set_attendance_mark_ck check (mark in ('ATTENDED', 'APOLOGIES', 'ABSENT'))
);
create index set_attendance_person_ix on set_attendance (person_id);

create sequence set_theme_seq start with 100 increment by 50;

create table set_theme (
    id          bigint        primary key,
    version     bigint        not null,
    name        varchar(200)  not null,
    name_key    varchar(200)  not null,
    description varchar(500),
    active      boolean       not null,
    constraint set_theme_name_key_uk unique (name_key)
);

insert into set_theme (id, version, name, name_key, description, active) values
    (1, 0, 'Workload and caseload', 'workload and caseload', 'Managing the volume and complexity of work; protected time', true),
    (2, 0, 'Supervision and support', 'supervision and support', 'Getting, giving and using supervision; support from the team', true),
    (3, 0, 'Risk and decision-making under uncertainty', 'risk and decision-making under uncertainty',
        'Judgements where there is no single right answer; holding risk', true),
    (4, 0, 'Engaging families who are hard to reach', 'engaging families who are hard to reach',
        'Resistance, disguised compliance, building relationships', true),
    (5, 0, 'Multi-agency working and information sharing', 'multi-agency working and information sharing',
        'Working with other agencies; sharing information; escalation', true),
    (6, 0, 'Professional identity and confidence', 'professional identity and confidence',
        'Becoming a practitioner; authority; confidence in one''s judgement', true),
    (7, 0, 'Legal processes and court', 'legal processes and court', 'Court work, legal thresholds, writing for the court', true),
    (8, 0, 'Wellbeing, stress and resilience', 'wellbeing, stress and resilience', 'Looking after oneself; secondary trauma', true),
    (9, 0, 'Organisational culture and change', 'organisational culture and change', 'Restructures, culture, being heard', true),
    (10, 0, 'Recording and systems', 'recording and systems', 'Case recording, IT systems, assessment tools', true),
    (11, 0, 'Equality and anti-oppressive practice', 'equality and anti-oppressive practice',
        'Diversity, discrimination, power in practice', true),
    (12, 0, 'Developing the programme', 'developing the programme',
        'For programme leads: quality, structure and improvement of the programme itself', true);

-- The themes raised at a meeting, with how many of the problems members brought fell under each.
create table meeting_theme (
    set_meeting_id bigint  not null,
    set_theme_id   bigint  not null,
    problems       integer not null,
    constraint meeting_theme_pk primary key (set_meeting_id, set_theme_id),
    constraint meeting_theme_meeting_fk foreign key (set_meeting_id) references set_meeting (id),
    constraint meeting_theme_theme_fk foreign key (set_theme_id) references set_theme (id),
    constraint meeting_theme_problems_ck check (problems between 1 and 50)
);
create index meeting_theme_theme_ix on meeting_theme (set_theme_id);

create sequence reflective_log_entry_seq start with 100 increment by 50;

-- A reflective log entry: its author's, on a set they are a member or facilitator of; shared with the set's
-- facilitators from shared_at (a member's only: a facilitator's own log stays theirs).
create table reflective_log_entry (
    id               bigint                   primary key,
    version          bigint                   not null,
    learning_set_id  bigint                   not null,
    author_person_id bigint                   not null,
    set_meeting_id   bigint,
    written_on       date                     not null,
    text             varchar(4000)            not null,
    shared_at        timestamp with time zone,
    changed_at       timestamp with time zone not null,
    constraint reflective_log_entry_set_fk foreign key (learning_set_id) references learning_set (id),
    constraint reflective_log_entry_author_fk foreign key (author_person_id) references person (id),
    constraint reflective_log_entry_meeting_fk foreign key (set_meeting_id) references set_meeting (id)
);
create index reflective_log_entry_author_ix on reflective_log_entry (author_person_id, learning_set_id);
create index reflective_log_entry_set_ix on reflective_log_entry (learning_set_id);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (18, 1, 'REFLECTIVE_LOG', 'ENDED', 24, 'DELETE');

-- The course that trains action-learning facilitators (the three-day facilitation course): who completed it is trained.
alter table course add column trains_facilitators boolean default false not null;

-- Longitudinal questionnaires: a request about a membership of a set, answered through the same forms.
alter table evaluation_request add column set_member_id bigint;
alter table evaluation_request add constraint evaluation_request_member_fk foreign key (set_member_id) references set_member (id);
alter table evaluation_request drop constraint evaluation_request_about_ck;
alter table evaluation_request add constraint evaluation_request_about_ck check (
    (case when booking_id is null then 0 else 1 end) + (case when learning_record_id is null then 0 else 1 end)
    + (case when set_member_id is null then 0 else 1 end) = 1);
alter table evaluation_request add constraint evaluation_request_member_uk unique (set_member_id, question_set_id, follow_up);
create index evaluation_request_member_ix on evaluation_request (set_member_id);

alter table evaluation_response alter column course_id drop not null;
alter table evaluation_response add column learning_set_id bigint;
alter table evaluation_response add constraint evaluation_response_set_about_fk foreign key (learning_set_id) references learning_set (id);
alter table evaluation_response add constraint evaluation_response_about_ck check ((course_id is null) <> (learning_set_id is null));
create index evaluation_response_learning_set_ix on evaluation_response (learning_set_id);

alter table question_set drop constraint question_set_purpose_ck;
alter table question_set add constraint question_set_purpose_ck check (purpose in ('END_OF_COURSE', 'FOLLOW_UP', 'ACTION_LEARNING'));

insert into question_set (id, version, name, purpose, respondent, anonymous) values
    (4, 1, 'Action learning: member', 'ACTION_LEARNING', 'LEARNER', false),
    (5, 1, 'Action learning: line manager', 'ACTION_LEARNING', 'MANAGER', false);

insert into question (id, version, question_set_id, position, kind, kirkpatrick_level, measure, text, options, required, retired) values
    (12, 1, 4, 0, 'LIKERT', 2, null, 'I feel confident working with situations where there is no single right answer.', null, true, false),
    (13, 1, 4, 1, 'LIKERT', 3, null, 'I make time to reflect critically on my practice.', null, true, false),
    (14, 1, 4, 2, 'LIKERT', 1, null, 'I feel supported by peers in my work.', null, true, false),
    (15, 1, 4, 3, 'YES_NO', 3, 'PRACTICE_CHANGED', 'Has taking part changed how you work?', null, false, false),
    (16, 1, 4, 4, 'FREE_TEXT', 3, 'PRACTICE_EXAMPLE', 'Please give an example of something you now do differently, or would like to.', null, false, false),
    (17, 1, 5, 0, 'LIKERT', 3, null, 'This person reflects critically on their practice in supervision.', null, true, false),
    (18, 1, 5, 1, 'LIKERT', 2, null, 'This person works confidently with complexity and uncertainty.', null, true, false),
    (19, 1, 5, 2, 'YES_NO', 3, 'PRACTICE_CHANGED', 'Have you seen a change in this person''s practice since they joined?', null, false, false),
    (20, 1, 5, 3, 'FREE_TEXT', 3, 'PRACTICE_EXAMPLE', 'Please give an example of the change, or say what has held it back.', null, false, false);

-- A committee that asks for it gets the action-learning programme's figures as a section of its quarterly pack.
alter table committee add column action_learning_section boolean default false not null;
