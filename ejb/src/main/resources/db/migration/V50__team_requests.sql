-- Bespoke learning for a team (seed 002): a line manager asks for a course or a briefing for their team, with the
-- topic, how many, the dates that suit and the members; the learning team accepts (and later schedules a session),
-- declines with a reason, or schedules a session at once, and books the team onto it. The request is the manager's
-- personal data (their name on it, what they wrote); its members are the team's. Both are kept while the person's
-- record is, and go when the person is anonymised.
create sequence team_request_seq start with 50 increment by 50;

create table team_request (
    id              bigint                   primary key,
    version         bigint                   not null,
    manager_id      bigint                   not null,
    course_id       bigint,
    topic           varchar(300)             not null,
    team_size       integer                  not null,
    dates_that_suit varchar(500),
    notes           varchar(1000),
    status          varchar(20)              not null,
    response        varchar(1000),
    session_id      bigint,
    requested_at    timestamp with time zone not null,
    decided_at      timestamp with time zone,
    constraint team_request_manager_fk foreign key (manager_id) references person (id),
    constraint team_request_course_fk foreign key (course_id) references course (id),
    constraint team_request_session_fk foreign key (session_id) references course_session (id),
    constraint team_request_status_ck check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'SCHEDULED', 'WITHDRAWN')),
    constraint team_request_size_ck check (team_size between 1 and 200)
);
create index team_request_manager_ix on team_request (manager_id);
create index team_request_status_ix on team_request (status, requested_at);

create table team_request_member (
    request_id bigint not null,
    person_id  bigint not null,
    constraint team_request_member_pk primary key (request_id, person_id),
    constraint team_request_member_request_fk foreign key (request_id) references team_request (id) on delete cascade,
    constraint team_request_member_person_fk foreign key (person_id) references person (id)
);
create index team_request_member_person_ix on team_request_member (person_id);
