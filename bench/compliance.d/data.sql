-- A national dataset for bench/compliance (PostgreSQL):
--   200,000 people in 60 agencies, each in a workforce group; the first 14,000 manage the others (about 13 each);
--   40 courses (every fifth an e-learning course), 20 learning requirements (every 12, 24 or 36 months, or once) each
--   accepting two courses, 10 role profiles of five requirements each; everyone holds one role profile;
--   2,000,000 learning records, ten a person, over the last five years (one in seven attended in part);
--   800 sessions of 20 places over the next financial year; 40 full sessions in a fortnight with 2,000 people waiting;
--   18,600 open learning needs naming a course, with target dates in the next financial year;
--   50 of the managers with a sign-in account (the demo manager's password), for the team matrix under load.
-- Ids start at 70,000,000, clear of the application's own; the sequences move past them.
\set ON_ERROR_STOP on
begin;

create temporary table bench_year on commit drop as
select make_date(extract(year from current_date)::int + case when extract(month from current_date) >= 4 then 1 else 0 end, 4, 1)
       as starts;

insert into organisation (id, version, name, name_key, agency_type, active)
select 70000000 + n, 0, 'Compliance bench agency ' || n, 'compliance bench agency ' || n,
       (array['COUNCIL_SERVICE', 'NHS_BOARD', 'POLICE', 'THIRD_SECTOR', 'HOUSING', 'EDUCATION_PROVIDER'])[1 + n % 6], true
from generate_series(1, 60) n;

insert into organisation_council_area (organisation_id, council_area_code)
select 70000000 + n, (select gss_code from council_area order by gss_code limit 1 offset n % 32)
from generate_series(1, 60) n;

insert into person (id, version, given_name, family_name, work_email, phone, job_title, organisation_id, line_manager_id,
                    active, changed_at)
select 70000000 + n, 0, 'Bench', 'Worker' || n, 'worker' || n || '@compliance-bench.learning-network.scot', null,
       case when n <= 14000 then 'Team manager' else 'Social worker' end, 70000001 + n % 60,
       case when n > 14000 then 70000001 + n % 14000 end, true, now() - interval '1 month'
from generate_series(1, 200000) n;

create temporary table bench_group on commit drop as
select row_number() over (order by id) - 1 as k, id, framework_code from workforce_group;

insert into person_workforce_group (person_id, framework_code, workforce_group_id)
select 70000000 + n, g.framework_code, g.id
from generate_series(1, 200000) n
join bench_group g on g.k = n % (select count(*) from bench_group);

create temporary table bench_strand on commit drop as
select row_number() over (order by code) - 1 as k, code from strand;

insert into course (id, version, title, summary, delivery_mode, duration_minutes, cpd_hours, cost_pence, cost_note,
                    cost_basis, provider, booking_mode, default_capacity, retired)
select 70000000 + c, 0, 'Compliance bench course ' || c, 'A course for the compliance benchmark.',
       case when c % 5 = 0 then 'E_LEARNING' else 'IN_PERSON' end, 180, 3, 2000, null, 'CHARGED', 'Bench partnership', 'FIRST_COME', 20, false
from generate_series(1, 40) c;

insert into course_strand (course_id, strand_code)
select 70000000 + c, s.code from generate_series(1, 40) c
join bench_strand s on s.k = c % (select count(*) from bench_strand);

-- Requirement r accepts courses r and 20 + r.
insert into learning_requirement (id, version, name, description, refresh_months, active)
select 70000000 + r, 0, 'Compliance bench requirement ' || r, null, (array[12, 24, 36, null])[1 + r % 4], true
from generate_series(1, 20) r;

insert into learning_requirement_course (requirement_id, course_id)
select 70000000 + r, 70000000 + c from generate_series(1, 20) r, lateral (values (r), (20 + r)) x(c);

-- Role profile p asks requirements (2p + k) mod 20 + 1, k = 0..4.
insert into role_profile (id, version, code, name, description, active)
select 70000000 + p, 0, 'BENCH-' || p, 'Compliance bench role ' || p, null, true from generate_series(1, 10) p;

insert into role_profile_requirement (role_profile_id, requirement_id, position)
select 70000000 + p, 70000001 + (2 * p + k) % 20, k from generate_series(1, 10) p, generate_series(0, 4) k;

insert into person_role_profile (id, person_id, role_profile_id, assigned_on, assigned_by)
select 70000000 + n, 70000000 + n, 70000001 + n % 10, current_date - 400, 'HR_IMPORT'
from generate_series(1, 200000) n;

-- Record k of person n: the k mod 5-th requirement of their profile, its first course for k < 5, else its second.
insert into learning_record (id, version, person_id, course_id, session_id, completed_on, cpd_hours, kind, recorded_by_person_id, note)
select 70000000 + n::bigint * 10 + k, 0, 70000000 + n,
       70000001 + (2 * (1 + n % 10) + k % 5) % 20 + case when k >= 5 then 20 else 0 end,
       null, current_date - ((n::bigint * 31 + k * 977) % 1800)::int, 3, case when (n + k) % 7 = 0 then 'PARTIAL' else 'COMPLETED' end,
       null, null
from generate_series(1, 200000) n, generate_series(0, 9) k;

-- Next financial year: 800 sessions of the courses taught in person, 20 places each.
insert into course_session (id, version, course_id, starts_at, ends_at, venue_id, joining_details, capacity,
                            booking_opens_at, booking_closes_at, status, places_taken)
select 70000000 + k, 0, 70000000 + c.c, t, t + interval '3 hours', null, null, 20, now() - interval '1 day', t - interval '1 day',
       'PLANNED', 0
from generate_series(1, 800) k,
     lateral (select 1 + k % 40 as c) c,
     lateral (select (select starts from bench_year) + ((k * 7) % 360) * interval '1 day' + interval '9 hours' as t) s
where c.c % 5 <> 0;

-- A fortnight from now: each course's full session, with 50 people waiting for a place.
insert into course_session (id, version, course_id, starts_at, ends_at, venue_id, joining_details, capacity,
                            booking_opens_at, booking_closes_at, status, places_taken)
select 70001000 + c, 0, 70000000 + c, date_trunc('day', now()) + interval '14 days 9 hours',
       date_trunc('day', now()) + interval '14 days 12 hours', null, null, 20, now() - interval '30 days',
       date_trunc('day', now()) + interval '13 days', 'OPEN', 20
from generate_series(1, 40) c;

insert into booking (id, version, session_id, person_id, status, applied_at, need, group_mismatch, queued_at, offer_expires_at,
                     late_cancellation, attendance, attended_minutes)
select 70000000 + b, 0, 70001001 + (b - 1) / 50, 70014001 + (b::bigint * 7919) % 186000, 'WAITLISTED', now() - interval '3 days',
       null, false, now() - interval '3 days', null, false, null, null
from generate_series(1, 2000) b;

-- One open learning need in ten of the managers' staff, naming a course, due in the next financial year.
insert into learning_need (id, version, person_id, agreed_in, agreed_on, need, strand_code, course_id, priority, target_on, status,
                           recorded_by_person_id, recorded_at, changed_at, closed_at)
select 70000000 + n, 0, 70000000 + n, case when n % 2 = 0 then 'SUPERVISION' else 'APPRAISAL' end, current_date - 30,
       'A need agreed for the benchmark', null, 70000001 + n % 40, (array['HIGH', 'MEDIUM', 'LOW'])[1 + n % 3],
       (select starts from bench_year) + (n % 365), 'AGREED', 70000001 + n % 14000, now() - interval '30 days',
       now() - interval '30 days', null
from generate_series(14001, 200000) n
where n % 10 = 3;

-- Fifty managers who can sign in, with the demo manager's password.
insert into user_account (id, version, username, password_hash, person_id, active, failed_sign_ins)
select 70000000 + n, 0, 'bench-manager-' || n, (select password_hash from user_account where username = 'manager'),
       70000000 + n, true, 0
from generate_series(1, 50) n;

insert into user_account_role (user_account_id, role)
select 70000000 + n, r from generate_series(1, 50) n, (values ('MANAGER'), ('LEARNER')) x(r);

select setval('organisation_seq', 400000000);
select setval('person_seq', 400000000);
select setval('course_seq', 400000000);
select setval('course_session_seq', 400000000);
select setval('booking_seq', 400000000);
select setval('learning_record_seq', 400000000);
select setval('learning_requirement_seq', 400000000);
select setval('role_profile_seq', 400000000);
select setval('person_role_profile_seq', 400000000);
select setval('learning_need_seq', 400000000);
select setval('user_account_seq', 400000000);
commit;
analyze organisation, person, person_workforce_group, course, course_strand, learning_requirement, learning_requirement_course,
        role_profile, role_profile_requirement, person_role_profile, learning_record, course_session, booking, learning_need,
        user_account, user_account_role;
