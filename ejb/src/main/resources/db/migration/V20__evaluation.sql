-- Evaluation (seed 002 "Evaluation and Impact", seed 004 learning transfer): question sets the learning team
-- manages, each question tagged with a Kirkpatrick level (1 reaction, 2 learning, 3 behaviour, 4 results) and with
-- what it measures for the reports. A request to answer goes to a learner marked attended or partial (end of
-- course) and, at the course's follow-up offsets, to the learner and separately to their line manager; its link
-- works once and until the request closes (only the link's digest is kept). A response to a set marked anonymous
-- is kept without the request it answers, so the course team cannot tell whose it is; it keeps the session, the
-- respondent's organisation and workforce group for the figures. Free text is cleared 24 months after the session
-- (retention rule 9).

create sequence question_set_seq start with 50 increment by 50;

create table question_set (
    id          bigint       primary key,
    version     bigint       not null,
    name        varchar(200) not null,
    purpose     varchar(20)  not null,
    respondent  varchar(10)  not null,
    anonymous   boolean      not null,
    constraint question_set_purpose_ck check (purpose in ('END_OF_COURSE', 'FOLLOW_UP')),
    constraint question_set_respondent_ck check (respondent in ('LEARNER', 'MANAGER')),
    -- One set per purpose and respondent: the one every request of that kind uses.
    constraint question_set_use_uk unique (purpose, respondent)
);

create sequence question_seq start with 50 increment by 50;

create table question (
    id              bigint        primary key,
    version         bigint        not null,
    question_set_id bigint        not null,
    position        integer       not null,
    kind            varchar(20)   not null,
    kirkpatrick_level integer     not null,
    measure         varchar(30),
    text            varchar(500)  not null,
    options         varchar(1000),
    required        boolean       not null,
    retired         boolean       not null,
    constraint question_set_fk foreign key (question_set_id) references question_set (id),
    constraint question_kind_ck check (kind in ('LIKERT', 'YES_NO', 'FREE_TEXT', 'CONFIDENCE', 'CHOICE')),
    constraint question_level_ck check (kirkpatrick_level between 1 and 4),
    constraint question_measure_ck check (measure in ('SATISFACTION', 'RELEVANCE', 'CONFIDENCE', 'PRACTICE_CHANGED',
        'PRACTICE_EXAMPLE', 'BARRIERS')),
    constraint question_options_ck check ((kind = 'CHOICE') = (options is not null))
);
create index question_set_ix on question (question_set_id, position);

-- When, after a session, its learners and their managers are asked about changes to practice: ISO-8601 periods.
alter table course add column follow_ups varchar(30) default 'P3M' not null;

create sequence evaluation_request_seq start with 50 increment by 50;

create table evaluation_request (
    id                   bigint                   primary key,
    version              bigint                   not null,
    booking_id           bigint                   not null,
    question_set_id      bigint                   not null,
    respondent_person_id bigint                   not null,
    follow_up            varchar(10)              not null,
    token_hash           varchar(64)              not null,
    issued_at            timestamp with time zone not null,
    closes_at            timestamp with time zone not null,
    reminders            integer                  not null,
    answered_at          timestamp with time zone,
    closed_at            timestamp with time zone,
    constraint evaluation_request_booking_fk foreign key (booking_id) references booking (id),
    constraint evaluation_request_set_fk foreign key (question_set_id) references question_set (id),
    constraint evaluation_request_person_fk foreign key (respondent_person_id) references person (id),
    constraint evaluation_request_token_uk unique (token_hash),
    -- One request per booking, set and follow-up ('END' at the end of the course): a second issue finds the first.
    constraint evaluation_request_uk unique (booking_id, question_set_id, follow_up)
);
create index evaluation_request_person_ix on evaluation_request (respondent_person_id);
create index evaluation_request_open_ix on evaluation_request (closes_at, id);

create sequence evaluation_response_seq start with 50 increment by 50;

create table evaluation_response (
    id                 bigint                   primary key,
    request_id         bigint,
    question_set_id    bigint                   not null,
    session_id         bigint                   not null,
    purpose            varchar(20)              not null,
    respondent         varchar(10)              not null,
    follow_up          varchar(10)              not null,
    organisation_id    bigint                   not null,
    workforce_group_id bigint,
    submitted_on       date                     not null,
    constraint evaluation_response_request_fk foreign key (request_id) references evaluation_request (id),
    constraint evaluation_response_request_uk unique (request_id),
    constraint evaluation_response_set_fk foreign key (question_set_id) references question_set (id),
    constraint evaluation_response_session_fk foreign key (session_id) references course_session (id),
    constraint evaluation_response_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint evaluation_response_group_fk foreign key (workforce_group_id) references workforce_group (id)
);
create index evaluation_response_session_ix on evaluation_response (session_id);

create sequence evaluation_answer_seq start with 50 increment by 50;

create table evaluation_answer (
    id            bigint        primary key,
    response_id   bigint        not null,
    question_id   bigint        not null,
    outcome       integer,
    score         integer,
    score_before  integer,
    yes           boolean,
    text          varchar(2000),
    choice        varchar(200),
    constraint evaluation_answer_response_fk foreign key (response_id) references evaluation_response (id),
    constraint evaluation_answer_question_fk foreign key (question_id) references question (id),
    constraint evaluation_answer_score_ck check (score is null or score between 1 and 5),
    constraint evaluation_answer_before_ck check (score_before is null or score_before between 1 and 5)
);
create index evaluation_answer_response_ix on evaluation_answer (response_id);

-- The shipped question sets (the learning team edits them). Statements are answered on a five-point scale from
-- strongly disagree to strongly agree; confidence from not at all to very confident, asked for each of the course's
-- learning outcomes, before the course (looking back) and now.
insert into question_set (id, version, name, purpose, respondent, anonymous) values
    (1, 1, 'End of course', 'END_OF_COURSE', 'LEARNER', false),
    (2, 1, 'Follow-up: learner', 'FOLLOW_UP', 'LEARNER', false),
    (3, 1, 'Follow-up: line manager', 'FOLLOW_UP', 'MANAGER', false);

insert into question (id, version, question_set_id, position, kind, kirkpatrick_level, measure, text, options, required, retired) values
    (1, 1, 1, 0, 'LIKERT', 1, 'SATISFACTION', 'Overall, I was satisfied with this course.', null, true, false),
    (2, 1, 1, 1, 'LIKERT', 1, 'RELEVANCE', 'The course was relevant to my role.', null, true, false),
    (3, 1, 1, 2, 'CONFIDENCE', 2, 'CONFIDENCE', 'How confident are you about this learning outcome?', null, true, false),
    (4, 1, 1, 3, 'FREE_TEXT', 1, null, 'What was most useful, and what could be better?', null, false, false),
    (5, 1, 2, 0, 'YES_NO', 3, 'PRACTICE_CHANGED', 'Has what you learned on the course changed your practice?', null, true, false),
    (6, 1, 2, 1, 'FREE_TEXT', 3, 'PRACTICE_EXAMPLE', 'Please give an example of how your practice has changed, or how you would like it to.', null, false, false),
    (7, 1, 2, 2, 'CHOICE', 3, 'BARRIERS', 'What, if anything, has made it harder to put the learning into practice?',
        'Workplace culture\nSupport from my manager\nChance to apply it\nWorkload or time\nNothing has', false, false),
    (8, 1, 2, 3, 'LIKERT', 4, null, 'The course has made a difference to the people and families I work with.', null, false, false),
    (9, 1, 3, 0, 'YES_NO', 3, 'PRACTICE_CHANGED', 'Have you seen a change in this person''s practice since the course?', null, true, false),
    (10, 1, 3, 1, 'FREE_TEXT', 3, 'PRACTICE_EXAMPLE', 'Please give an example of the change, or say what has held it back.', null, false, false),
    (11, 1, 3, 2, 'CHOICE', 3, 'BARRIERS', 'What, if anything, has made it harder for them to put the learning into practice?',
        'Workplace culture\nSupport from their manager\nChance to apply it\nWorkload or time\nNothing has', false, false);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (9, 1, 'EVALUATION_TEXT', 'SESSION_END', 24, 'ANONYMISE');
