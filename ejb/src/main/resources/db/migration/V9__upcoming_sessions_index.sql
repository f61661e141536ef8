-- Paging through upcoming sessions (soonest first) reads only this index: the order key, the id and the
-- course to leave out retired courses' sessions. It replaces the index on starts_at alone.
create index course_session_upcoming_ix on course_session (starts_at, id, course_id);
drop index course_session_starts_ix;
