-- The impact of each course (seed 002 "Evaluation and Impact", seed 004 learning transfer), worked out by the daily
-- impact evaluation job for the sessions that started in a quarter: how many were asked to evaluate and answered at
-- the end of the course and at the follow-ups (learners and line managers apart), the end-of-course scores, the
-- confidence before and now for each learning outcome, how many learners and managers said practice had changed, and
-- the barriers they chose. A course whose practice change is low against its end-of-course scores is flagged. The
-- figures of a quarter are worked out again each day until its last follow-ups have closed. Counts only: nothing
-- here is about one person.

create table course_impact (
    quarter_code            varchar(7)               not null,
    course_id               bigint                   not null,
    sessions                integer                  not null,
    learners                integer                  not null,
    end_requested           integer                  not null,
    end_answered            integer                  not null,
    learner_requested       integer                  not null,
    learner_answered        integer                  not null,
    manager_requested       integer                  not null,
    manager_answered        integer                  not null,
    satisfaction_sum        integer                  not null,
    satisfaction_count      integer                  not null,
    satisfied               integer                  not null,
    relevance_sum           integer                  not null,
    relevance_count         integer                  not null,
    learners_changed        integer                  not null,
    learners_asked          integer                  not null,
    managers_changed        integer                  not null,
    managers_asked          integer                  not null,
    flagged                 boolean                  not null,
    worked_out_at           timestamp with time zone not null,
    constraint course_impact_pk primary key (quarter_code, course_id),
    constraint course_impact_course_fk foreign key (course_id) references course (id)
);

-- Confidence before the course (looking back) and now, summed over the answers about one learning outcome (its
-- position in the course's outcomes).
create table course_impact_outcome (
    quarter_code  varchar(7)  not null,
    course_id     bigint      not null,
    outcome       integer     not null,
    answers       integer     not null,
    before_sum    integer     not null,
    now_sum       integer     not null,
    constraint course_impact_outcome_pk primary key (quarter_code, course_id, outcome),
    constraint course_impact_outcome_fk foreign key (quarter_code, course_id) references course_impact (quarter_code, course_id)
);

-- How often each barrier was chosen at the follow-ups (learners and managers together).
create table course_impact_barrier (
    quarter_code  varchar(7)   not null,
    course_id     bigint       not null,
    barrier       varchar(200) not null,
    mentions      integer      not null,
    constraint course_impact_barrier_pk primary key (quarter_code, course_id, barrier),
    constraint course_impact_barrier_fk foreign key (quarter_code, course_id) references course_impact (quarter_code, course_id)
);
