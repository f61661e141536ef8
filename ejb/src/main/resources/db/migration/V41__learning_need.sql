-- Learning needs agreed in supervision or appraisal (seed 003): what the person is to learn, linked to a learning
-- strand and, where one fits, a course; how pressing it is, by when, and how far it has got. Recorded by the person or
-- their line manager; seen by the two of them and in the person's subject access copy. The learning team sees only
-- counts (the training-needs analysis). A need met or dropped is deleted two years after it was closed (retention
-- rule LEARNING_NEED); all of a person's needs go when they are anonymised.
create sequence learning_need_seq start with 50 increment by 50;

create table learning_need (
    id                    bigint        primary key,
    version               bigint        not null,
    person_id             bigint        not null,
    agreed_in             varchar(20)   not null,
    agreed_on             date          not null,
    need                  varchar(1000) not null,
    strand_code           varchar(40),
    course_id             bigint,
    priority              varchar(10)   not null,
    target_on             date,
    status                varchar(20)   not null,
    recorded_by_person_id bigint,
    recorded_at           timestamp with time zone not null,
    changed_at            timestamp with time zone not null,
    closed_at             timestamp with time zone,
    constraint learning_need_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint learning_need_strand_fk foreign key (strand_code) references strand (code),
    constraint learning_need_course_fk foreign key (course_id) references course (id),
    constraint learning_need_recorded_by_fk foreign key (recorded_by_person_id) references person (id) on delete set null,
    constraint learning_need_agreed_in_ck check (agreed_in in ('SUPERVISION', 'APPRAISAL')),
    constraint learning_need_priority_ck check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    constraint learning_need_status_ck check (status in ('AGREED', 'IN_PROGRESS', 'MET', 'DROPPED')),
    constraint learning_need_closed_ck check ((status in ('MET', 'DROPPED')) = (closed_at is not null))
);
create index learning_need_person_ix on learning_need (person_id);
create index learning_need_open_ix on learning_need (status, course_id);
create index learning_need_closed_ix on learning_need (closed_at);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (15, 1, 'LEARNING_NEED', 'CLOSED', 24, 'DELETE');
