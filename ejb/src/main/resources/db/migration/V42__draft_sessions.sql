-- A draft session: put in the calendar by the training-needs analysis ("create draft sessions from this plan") for
-- the learning team to give a date, venue and facilitators before it is published (planned or open). Drafts are
-- nowhere public: not in the catalogue, the course page, calendar feeds or the API, and nobody can apply.
alter table course_session drop constraint course_session_status_ck;
alter table course_session add constraint course_session_status_ck
    check (status in ('DRAFT', 'PLANNED', 'OPEN', 'CLOSED', 'CANCELLED', 'DELIVERED'));
