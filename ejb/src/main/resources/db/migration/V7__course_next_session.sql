-- Each course's next session start (not cancelled, not yet started), kept by the application when a
-- session is saved, copied or cancelled and as sessions start, so that the catalogue's order ("soonest
-- next session first") is read from an index instead of being computed over every upcoming session.
alter table course add column next_starts_at timestamp with time zone;

update course set next_starts_at = (
    select min(s.starts_at) from course_session s
     where s.course_id = course.id and s.starts_at >= current_timestamp and s.status <> 'CANCELLED');

create index course_catalogue_order_ix on course (next_starts_at, title, id);
