-- A national dataset for bench/kpi (PostgreSQL), over the four quarters before the current one (a financial year), at
-- scale 1:
--   200,000 people in 60 agencies, each in a workforce group;
--   200 courses, each in one strand (so each committee covers some), with two learning outcomes;
--   20,000 sessions that took place, 5,000 a quarter, 110 places each;
--   2,000,000 bookings, 100 a session: 90 % confirmed (of them 80 % attended, 8 % in part, 12 % did not come),
--   5 % wait-listed, 5 % cancelled (half of them late); a learning record for each who attended at least in part;
--   1,000,000 evaluations answered: an end-of-course request to everyone who attended, answered by half of them
--   (satisfaction, relevance, confidence before and now), and a three-month follow-up to a quarter of them,
--   answered by half of those (changed practice, a barrier).
-- psql's variable scale (default 1) multiplies the people, sessions, bookings and evaluations: scale=5 is five times
-- the national dataset (1,000,000 people, 100,000 sessions, 10,000,000 bookings), the same 200 courses and 60 agencies.
-- Ids start at 70,000,000, clear of the application's own; the sequences move past them.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
begin;

insert into organisation (id, version, name, name_key, agency_type, active)
select 70000000 + n, 0, 'KPI bench agency ' || n, 'kpi bench agency ' || n,
       (array['COUNCIL_SERVICE', 'NHS_BOARD', 'POLICE', 'THIRD_SECTOR', 'HOUSING', 'EDUCATION_PROVIDER'])[1 + n % 6], true
from generate_series(1, 60) n;

insert into organisation_council_area (organisation_id, council_area_code)
select 70000000 + n, (select gss_code from council_area order by gss_code limit 1 offset n % 32)
from generate_series(1, 60) n;

insert into person (id, version, given_name, family_name, work_email, phone, job_title, organisation_id, line_manager_id,
                    active, changed_at)
select 70000000 + n, 0, 'Bench', 'Learner' || n, 'learner' || n || '@kpi-bench.learning-network.scot', null,
       'Social worker', 70000001 + n % 60, null, true, now() - interval '1 month'
from generate_series(1, 200000 * :scale) n;

create temporary table bench_group on commit drop as
select row_number() over (order by id) - 1 as k, id, framework_code from workforce_group;

insert into person_workforce_group (person_id, framework_code, workforce_group_id)
select 70000000 + n, g.framework_code, g.id
from generate_series(1, 200000 * :scale) n
join bench_group g on g.k = n % (select count(*) from bench_group);

create temporary table bench_strand on commit drop as
select row_number() over (order by code) - 1 as k, code from strand;

insert into course (id, version, title, summary, delivery_mode, duration_minutes, cpd_hours, cost_pence, cost_note,
                    cost_basis, provider, booking_mode, default_capacity, retired)
select 70000000 + c, 0, 'KPI bench course ' || c, 'A course for the KPI benchmark.', 'IN_PERSON', 180, 3,
       1500 + (c % 5) * 500, null, 'CHARGED', 'Bench partnership', 'FIRST_COME', 110, false
from generate_series(1, 200) c;

insert into course_strand (course_id, strand_code)
select 70000000 + c, s.code from generate_series(1, 200) c
join bench_strand s on s.k = c % (select count(*) from bench_strand);

insert into course_outcome (course_id, position, text)
select 70000000 + c, p, 'Bench outcome ' || (p + 1) from generate_series(1, 200) c, generate_series(0, 1) p;

-- Session k of quarter q = (k - 1) / (5000 * scale) starts every 25 / scale minutes from the quarter's first day.
insert into course_session (id, version, course_id, starts_at, ends_at, venue_id, joining_details, capacity,
                            booking_opens_at, booking_closes_at, status, places_taken)
select 70000000 + k, 0, 70000001 + k % 200, t, t + interval '3 hours', null, null, 110, t - interval '60 days',
       t - interval '1 day', 'DELIVERED', 90
from generate_series(1, 20000 * :scale) k,
     lateral (select date_trunc('quarter', now()) - interval '12 months' + ((k - 1) / (5000 * :scale)) * interval '3 months'
                     + ((k - 1) % (5000 * :scale)) * interval '25 minutes' / :scale as t) s;

-- Booking b is on session (b - 1) / 100 + 1, for person (b * 7919) mod (200,000 * scale) + 1 (never twice on a session).
insert into booking (id, version, session_id, person_id, status, applied_at, need, group_mismatch, queued_at, offer_expires_at,
                     late_cancellation, attendance, attended_minutes)
select 70000000 + b, 0, 70000001 + (b - 1) / 100, 70000001 + (b::bigint * 7919) % (200000 * :scale),
       case b % 20 when 0 then 'WAITLISTED' when 1 then 'CANCELLED' else 'CONFIRMED' end,
       now() - interval '15 months', null, false,
       case when b % 20 = 0 then now() - interval '15 months' end, null,
       b % 40 = 1,
       case when b % 20 in (0, 1) then null when b % 25 < 3 then 'DID_NOT_ATTEND' when b % 25 < 5 then 'PARTIAL' else 'ATTENDED' end,
       case when b % 20 not in (0, 1) and b % 25 in (3, 4) then 90 end
from generate_series(1, 2000000 * :scale) b;

insert into learning_record (id, version, person_id, course_id, session_id, completed_on, cpd_hours, kind, recorded_by_person_id, note)
select b.id, 0, b.person_id, s.course_id, s.id, s.starts_at::date, case when b.attendance = 'PARTIAL' then 1.5 else 3 end,
       case when b.attendance = 'PARTIAL' then 'PARTIAL' else 'COMPLETED' end, null, null
from booking b join course_session s on s.id = b.session_id
where b.id > 70000000 and b.attendance in ('ATTENDED', 'PARTIAL');

-- End of course: a request to everyone who attended (id 80,000,000 + the booking's number), answered by half.
insert into evaluation_request (id, version, booking_id, question_set_id, respondent_person_id, follow_up, token_hash,
                                issued_at, closes_at, reminders, answered_at, closed_at)
select b.id + 10000000, 0, b.id, 1, b.person_id, 'END', 'kpi-bench-end-' || b.id, s.ends_at, s.ends_at + interval '21 days', 0,
       case when b.id % 2 = 0 then s.ends_at + interval '1 day' end, null
from booking b join course_session s on s.id = b.session_id
where b.id > 70000000 and b.attendance in ('ATTENDED', 'PARTIAL');

insert into evaluation_response (id, request_id, question_set_id, session_id, course_id, purpose, respondent, follow_up, organisation_id,
                                 workforce_group_id, submitted_on)
select q.id, q.id, 1, b.session_id, s.course_id, 'END_OF_COURSE', 'LEARNER', 'END', p.organisation_id, g.workforce_group_id,
       q.answered_at::date
from evaluation_request q join booking b on b.id = q.booking_id join course_session s on s.id = b.session_id
join person p on p.id = b.person_id
join person_workforce_group g on g.person_id = p.id
where q.id between 80000001 and 90000000 and q.answered_at is not null;

-- Satisfaction and relevance 2 to 5, confidence 1 to 3 before and 3 to 5 now, for the first outcome.
insert into evaluation_answer (id, response_id, question_id, outcome, score, score_before, yes, text, choice)
select 3 * r.id + a.k, r.id, a.question_id, a.outcome,
       case a.k when 2 then 3 + r.id % 3 else 2 + (r.id + a.k) % 4 end,
       case a.k when 2 then 1 + r.id % 3 end, null, null, null
from evaluation_response r
cross join (values (0, 1, null::integer), (1, 2, null), (2, 3, 0)) a(k, question_id, outcome)
where r.id between 80000001 and 90000000;

-- Three-month follow-up to learners: a quarter of those who attended (id 90,000,000 + the booking's number),
-- answered by half of them.
insert into evaluation_request (id, version, booking_id, question_set_id, respondent_person_id, follow_up, token_hash,
                                issued_at, closes_at, reminders, answered_at, closed_at)
select b.id + 20000000, 0, b.id, 2, b.person_id, 'P3M', 'kpi-bench-p3m-' || b.id, s.ends_at + interval '3 months',
       s.ends_at + interval '3 months 21 days', 0, case when b.id % 8 = 0 then s.ends_at + interval '3 months 2 days' end, null
from booking b join course_session s on s.id = b.session_id
where b.id > 70000000 and b.attendance in ('ATTENDED', 'PARTIAL') and b.id % 4 = 0 and s.ends_at + interval '3 months' < now();

insert into evaluation_response (id, request_id, question_set_id, session_id, course_id, purpose, respondent, follow_up, organisation_id,
                                 workforce_group_id, submitted_on)
select q.id, q.id, 2, b.session_id, s.course_id, 'FOLLOW_UP', 'LEARNER', 'P3M', p.organisation_id, g.workforce_group_id,
       q.answered_at::date
from evaluation_request q join booking b on b.id = q.booking_id join course_session s on s.id = b.session_id
join person p on p.id = b.person_id
join person_workforce_group g on g.person_id = p.id
where q.id >= 90000001 and q.answered_at is not null;

insert into evaluation_answer (id, response_id, question_id, outcome, score, score_before, yes, text, choice)
select 3 * r.id, r.id, 5, null, null, null, r.id % 16 < 10, null, null
from evaluation_response r where r.id >= 90000001;

insert into evaluation_answer (id, response_id, question_id, outcome, score, score_before, yes, text, choice)
select 3 * r.id + 1, r.id, 7, null, null, null, null, null,
       (array['Workplace culture', 'Support from my manager', 'Chance to apply it', 'Workload or time'])[1 + (r.id / 8) % 4]
from evaluation_response r where r.id >= 90000001;

select setval('organisation_seq', 400000000);
select setval('person_seq', 400000000);
select setval('course_seq', 400000000);
select setval('course_session_seq', 400000000);
select setval('booking_seq', 400000000);
select setval('learning_record_seq', 400000000);
select setval('evaluation_request_seq', 400000000);
select setval('evaluation_response_seq', 400000000);
select setval('evaluation_answer_seq', 400000000);
commit;
analyze organisation, person, person_workforce_group, course, course_strand, course_session, booking, learning_record,
        evaluation_request, evaluation_response, evaluation_answer;
