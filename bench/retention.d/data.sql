-- Data for bench/retention (PostgreSQL): 300,000 people in 20 agencies, each with a sign-in account (role
-- LEARNER), one booking with a learning need typed on it and one booking event with a typed reason:
--   50000001-50100000  due: last active five years ago, booked on a session that ended five years ago; the sweep
--                      anonymises them (and clears their bookings' text);
--   50100001-50200000  due in the same way; plain SQL does the same to them first, as the ceiling;
--   50200001-50300000  not due: active last month, booked on a session that ended last month; nothing may touch them.
-- psql's variable scale (default 1) multiplies each group: scale=5 is 1,500,000 people, 500,000 due for the sweep
-- (50000001-50500000), 500,000 for plain SQL (50500001-51000000), 500,000 not due (51000001-51500000).
-- Ids start at 50,000,000, clear of the application's own; the sequences move past them. What an earlier load left
-- (anonymised or not) is deleted first, so that every round of the bench starts from the same data.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
begin;

delete from booking_event where id between 50000001 and 59999999;
delete from booking where id between 50000001 and 59999999;
delete from course_session where id between 50000001 and 59999999;
delete from course where id between 50000001 and 59999999;
delete from user_account where id between 50000001 and 59999999;
delete from person_workforce_group where person_id between 50000001 and 59999999;
delete from person where id between 50000001 and 59999999;
delete from organisation_council_area where organisation_id between 50000001 and 59999999;
delete from organisation where id between 50000001 and 59999999;

insert into organisation (id, version, name, name_key, agency_type, active)
select 50000000 + n, 0, 'Retention bench agency ' || n, 'retention bench agency ' || n,
       (array['COUNCIL_SERVICE', 'NHS_BOARD', 'POLICE', 'THIRD_SECTOR'])[1 + n % 4], true
from generate_series(1, 20) n;

insert into organisation_council_area (organisation_id, council_area_code)
select 50000000 + n, (select gss_code from council_area order by gss_code limit 1 offset n % 5)
from generate_series(1, 20) n;

insert into person (id, version, given_name, family_name, work_email, phone, job_title, organisation_id, line_manager_id,
                    active, changed_at)
select 50000000 + n, 0, 'Bench', 'Leaver' || n, 'leaver' || n || '@bench.learning-network.scot', '01234 567890',
       'Support worker', 50000000 + 1 + n % 20, null, true,
       case when n <= 200000 * :scale then now() - interval '5 years' else now() - interval '1 month' end
from generate_series(1, 300000 * :scale) n;

insert into person_workforce_group (person_id, framework_code, workforce_group_id)
select 50000000 + n, g.framework_code, g.id
from generate_series(1, 300000 * :scale) n
join lateral (select id, framework_code from workforce_group order by id limit 1 offset n % 3) g on true;

insert into user_account (id, version, username, password_hash, person_id, active, failed_sign_ins, locked_until, last_sign_in_at)
select 50000000 + n, 0, 'leaver' || n, 'bench-no-sign-in', 50000000 + n, true, 0, null,
       case when n <= 200000 * :scale then now() - interval '5 years' else now() - interval '10 days' end
from generate_series(1, 300000 * :scale) n;

insert into user_account_role (user_account_id, role)
select 50000000 + n, 'LEARNER' from generate_series(1, 300000 * :scale) n;

insert into course (id, version, title, summary, delivery_mode, duration_minutes, cpd_hours, cost_pence, cost_note,
                    provider, booking_mode, default_capacity, retired)
values (50000001, 0, 'Retention bench course', 'A course for the retention benchmark.', 'ONLINE_LIVE', 120, 2, null, null,
        'Bench partnership', 'FIRST_COME', 100, false);

-- Session 1 ended five years ago, session 2 last month.
insert into course_session (id, version, course_id, starts_at, ends_at, venue_id, joining_details, capacity,
                            booking_opens_at, booking_closes_at, status)
select 50000000 + k, 0, 50000001, t, t + interval '2 hours', null, null, 300000 * :scale, t - interval '30 days', t - interval '1 day',
       'DELIVERED'
from generate_series(1, 2) k,
     lateral (select date_trunc('hour', now()) - case when k = 1 then interval '5 years' else interval '1 month' end as t) s;

insert into booking (id, version, session_id, person_id, status, applied_at, need, group_mismatch, queued_at, offer_expires_at,
                     late_cancellation, attendance, attended_minutes)
select 50000000 + n, 0, case when n <= 200000 * :scale then 50000001 else 50000002 end, 50000000 + n, 'CONFIRMED',
       case when n <= 200000 * :scale then now() - interval '5 years 1 month' else now() - interval '2 months' end,
       'Needs this for the new duty worker role', false, null, null, false, 'ATTENDED', null
from generate_series(1, 300000 * :scale) n;

insert into booking_event (id, booking_id, occurred_at, actor_person_id, actor_role, status, reason)
select 50000000 + n, 50000000 + n,
       case when n <= 200000 * :scale then now() - interval '5 years 1 month' else now() - interval '2 months' end,
       50000000 + n, 'LEARNER', 'CONFIRMED', 'Agreed in supervision'
from generate_series(1, 300000 * :scale) n;

select setval('organisation_seq', 60000000);
select setval('person_seq', 60000000);
select setval('user_account_seq', 60000000);
select setval('course_seq', 60000000);
select setval('course_session_seq', 60000000);
select setval('booking_seq', 60000000);
select setval('booking_event_seq', 60000000);
commit;
-- Vacuumed as well: the rows loaded carry no hint bits yet, and whichever run read them first would pay for setting them.
vacuum (analyze) organisation, organisation_council_area, person, person_workforce_group, user_account, user_account_role, course,
        course_session, booking, booking_event;
