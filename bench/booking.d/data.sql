-- Data for bench/booking (PostgreSQL): 400,000 people in 20 agencies working in the partnership's first
-- council area, and one first-come course with three sets of 500 sessions of 1,000 places, booking open now:
-- sessions 30000001-30000500 are booked through the application's HTTP interface, 30000501-30001000 by the
-- plain JDBC program (emptied before each of its rounds, so that its places never run out), and
-- 30001001-30001500 while the application warms up. Each application round books its own 130,000 people from
-- 30000001; each JDBC round the first people again onto its emptied sessions. Ids start at 30,000,000, clear of
-- the application's own; the sequences move past them.
\set ON_ERROR_STOP on
begin;

insert into organisation (id, version, name, name_key, agency_type, active)
select 30000000 + n, 0, 'Booking bench agency ' || n, 'booking bench agency ' || n,
       (array['COUNCIL_SERVICE', 'NHS_BOARD', 'POLICE', 'THIRD_SECTOR'])[1 + n % 4], true
from generate_series(1, 20) n;

insert into organisation_council_area (organisation_id, council_area_code)
select 30000000 + n, coalesce((select council_area_code from partnership_area order by council_area_code limit 1),
                              (select gss_code from council_area order by gss_code limit 1))
from generate_series(1, 20) n;

insert into person (id, version, given_name, family_name, work_email, phone, job_title, organisation_id, line_manager_id, active)
select 30000000 + n, 0, 'Bench', 'Booker' || n, 'booker' || n || '@bench.learning-network.scot', null, 'Support worker',
       30000000 + 1 + n % 20, null, true
from generate_series(1, 400000) n;

insert into course (id, version, title, summary, delivery_mode, duration_minutes, cpd_hours, cost_pence, cost_note,
                    provider, booking_mode, default_capacity, retired)
values (30000001, 0, 'Booking bench course', 'A course for the booking benchmark.', 'ONLINE_LIVE', 120, 2, null, null,
        'Bench partnership', 'FIRST_COME', 300, false);

insert into course_session (id, version, course_id, starts_at, ends_at, venue_id, joining_details, capacity,
                            booking_opens_at, booking_closes_at, status)
select 30000000 + k, 0, 30000001, t, t + interval '2 hours', null, 'Joining link sent a week before', 1000,
       now() - interval '1 day', t - interval '1 day', 'OPEN'
from generate_series(1, 1500) k,
     lateral (select date_trunc('hour', now()) + interval '60 days' + (k % 500) * interval '3 hours' as t) s;

select setval('organisation_seq', 40000000);
select setval('person_seq', 40000000);
select setval('course_seq', 40000000);
select setval('course_session_seq', 40000000);
commit;
analyze organisation, organisation_council_area, person, course, course_session;
