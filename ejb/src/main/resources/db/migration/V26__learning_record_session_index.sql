-- The quarterly KPI job sums the CPD hours of a quarter's sessions from their learning records by session; the
-- unique key (person_id, session_id) cannot serve a search by session alone.
create index learning_record_session_ix on learning_record (session_id);
