-- Self-guided learning (seeds 002, 003): an e-learning module, a seven-minute briefing, a video, a podcast or a
-- reading, done in a person's own time. Each has a kind, a title, a link or an uploaded file, the time it takes and
-- the CPD hours it gives, and says whether doing it completes its course (an e-learning course's module does; a
-- briefing that goes with a classroom course adds CPD only). A resource people have done is retired, not deleted:
-- their records keep naming it. The course's former list of links becomes resources of kind READING, their time and
-- CPD hours left for the learning team to give.
create sequence learning_resource_seq start with 50 increment by 50;

create table learning_resource (
    id               bigint        primary key,
    version          bigint        not null,
    course_id        bigint        not null,
    position         integer       not null,
    kind             varchar(20)   not null,
    title            varchar(200)  not null,
    description      varchar(1000),
    url              varchar(1000),
    file_name        varchar(200),
    content_type     varchar(100),
    file_size        integer,
    minutes          integer,
    cpd_hours        numeric(5, 2),
    completes_course boolean       not null,
    retired          boolean       not null,
    constraint learning_resource_course_fk foreign key (course_id) references course (id),
    constraint learning_resource_kind_ck check (kind in ('E_LEARNING', 'BRIEFING', 'VIDEO', 'PODCAST', 'READING')),
    constraint learning_resource_where_ck check ((url is null) <> (file_name is null)),
    constraint learning_resource_minutes_ck check (minutes is null or minutes > 0),
    constraint learning_resource_cpd_ck check (cpd_hours is null or cpd_hours >= 0)
);
create index learning_resource_course_ix on learning_resource (course_id, position);

-- An uploaded file's bytes, apart from the resource so that lists never read them.
create table learning_resource_file (
    resource_id bigint primary key,
    content     bytea  not null,
    constraint learning_resource_file_fk foreign key (resource_id) references learning_resource (id) on delete cascade
);

insert into learning_resource (id, version, course_id, position, kind, title, url, completes_course, retired)
    select nextval('learning_resource_seq'), 1, r.course_id, r.position, 'READING', r.title, r.url, false, false
    from course_resource r;
drop table course_resource;

-- Doing a resource is a learning record of the person: SELF_GUIDED when it completes the course, RESOURCE when it adds
-- CPD hours only; with what the person took from it (cleared when they are anonymised, like the record's note). Once
-- a day per resource: doing it again later (a refresher) is a new record.
alter table learning_record add column resource_id bigint;
alter table learning_record add column reflection varchar(1000);
alter table learning_record add constraint learning_record_resource_fk foreign key (resource_id) references learning_resource (id);
alter table learning_record add constraint learning_record_resource_uk unique (person_id, resource_id, completed_on);
alter table learning_record drop constraint learning_record_kind_ck;
alter table learning_record add constraint learning_record_kind_ck
    check (kind in ('COMPLETED', 'PARTIAL', 'EQUIVALENT', 'SELF_GUIDED', 'RESOURCE'));
create index learning_record_resource_ix on learning_record (resource_id);

-- The end-of-course evaluation is asked about self-guided learning too: a request is about a booking or a learning
-- record, and a response names its course (and its session, when there was one).
alter table evaluation_request alter column booking_id drop not null;
alter table evaluation_request add column learning_record_id bigint;
alter table evaluation_request add constraint evaluation_request_record_fk foreign key (learning_record_id) references learning_record (id);
alter table evaluation_request add constraint evaluation_request_about_ck check ((booking_id is null) <> (learning_record_id is null));
alter table evaluation_request add constraint evaluation_request_record_uk unique (learning_record_id, question_set_id, follow_up);

alter table evaluation_response alter column session_id drop not null;
alter table evaluation_response add column course_id bigint;
update evaluation_response set course_id = (select s.course_id from course_session s where s.id = evaluation_response.session_id);
alter table evaluation_response alter column course_id set not null;
alter table evaluation_response add constraint evaluation_response_course_fk foreign key (course_id) references course (id);
create index evaluation_response_course_ix on evaluation_response (course_id, submitted_on);

-- Self-guided learning completed in the quarter, counted in the committees' figures beside sessions attended.
alter table kpi_figure add column self_guided integer default 0 not null;
