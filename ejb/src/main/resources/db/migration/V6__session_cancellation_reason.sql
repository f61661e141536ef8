-- Why a session was cancelled: shown to the learning team and, with issue 4, told to everyone booked on it.
alter table course_session add column cancellation_reason varchar(500);
