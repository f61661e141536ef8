-- Who approves a request, and what a person needs to take part.
--
-- A course can be booked without a line manager's approval (a first-come place is taken at once; a note of interest
-- waits for the allocation): approval_required, true for every course until the learning team says otherwise. A
-- request from someone with no line manager goes to the learning team (nothing in the schema: the booking stays
-- REQUESTED and the learning team's queue finds it).
--
-- People applying (or booked by their manager or the learning team) can say what they need to take part: access,
-- dietary or other reasonable adjustments. It is seen by the learning team and the session's facilitators, and may
-- be about health, so it is kept only until a month after the session (retention rule BOOKING_ADJUSTMENTS).
alter table course add column approval_required boolean default true not null;
alter table booking add column adjustments varchar(500);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (16, 1, 'BOOKING_ADJUSTMENTS', 'SESSION_END', 1, 'ANONYMISE');
