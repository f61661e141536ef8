-- A national-size catalogue for bench/catalogue (PostgreSQL): 2,000 courses, 20,000 sessions over two
-- years (most of them upcoming), 200,000 people in 320 organisations across Scotland's council areas.
-- Ids start at 10,000,000, clear of the application's own; the sequences are then moved past them.
\set ON_ERROR_STOP on
begin;

insert into organisation (id, version, name, name_key, agency_type, active)
select 10000000 + n, 0, 'Bench agency ' || n, 'bench agency ' || n,
       (array['COUNCIL_SERVICE', 'NHS_BOARD', 'POLICE', 'THIRD_SECTOR', 'HOUSING', 'EDUCATION_PROVIDER'])[1 + n % 6], true
from generate_series(1, 320) n;

insert into organisation_council_area (organisation_id, council_area_code)
select 10000000 + n, (select gss_code from council_area order by gss_code offset (n % (select count(*) from council_area)) limit 1)
from generate_series(1, 320) n;

insert into person (id, version, given_name, family_name, work_email, phone, job_title, organisation_id, line_manager_id, active)
select 10000000 + n, 0,
       (array['Aileen', 'Callum', 'Eilidh', 'Fraser', 'Isla', 'Jamie', 'Kirsty', 'Lewis', 'Morag', 'Ruaridh'])[1 + n % 10],
       'Bench' || n, 'person' || n || '@bench.learning-network.scot', null,
       (array['Social worker', 'School nurse', 'Police constable', 'Support worker', 'Teacher', 'Housing officer'])[1 + n % 6],
       10000000 + 1 + n % 320, null, true
from generate_series(1, 200000) n;

insert into person_workforce_group (person_id, framework_code, workforce_group_id)
select 10000000 + n, 'CP_2024', 1 + n % 4 from generate_series(1, 200000) n;

insert into course (id, version, title, summary, delivery_mode, duration_minutes, cpd_hours, cost_pence, cost_note,
                    provider, booking_mode, default_capacity, retired)
select 10000000 + n, 0,
       (array['Key processes', 'Roles and responsibilities', 'Chronologies', 'Risk assessment', 'Trauma-informed practice',
              'Substance use', 'Mental health', 'Learning reviews', 'Seven-minute briefing'])[1 + n % 9] || ' ' || n,
       'A national course on ' || (array['child protection', 'adult support and protection', 'domestic abuse',
              'public protection', 'justice'])[1 + n % 5] || ' for practitioners in every agency, number ' || n || '.',
       (array['IN_PERSON', 'ONLINE_LIVE', 'E_LEARNING', 'SEVEN_MINUTE_BRIEFING', 'COMMUNITY_OF_PRACTICE', 'ACTION_LEARNING_SET'])[1 + n % 6],
       180, 3, null, null, 'National partnership ' || (1 + n % 30),
       case when n % 4 = 0 then 'NOTE_OF_INTEREST' else 'FIRST_COME' end, 20, n % 50 = 0
from generate_series(1, 2000) n;

insert into course_strand (course_id, strand_code)
select 10000000 + n, (select code from strand order by display_order offset (n % 8) limit 1) from generate_series(1, 2000) n;

insert into course_workforce_group (course_id, workforce_group_id)
select 10000000 + n, g from generate_series(1, 2000) n, generate_series(1, 4) g where (n + g) % 3 <> 0;

insert into course_outcome (course_id, position, text)
select 10000000 + n, p, 'Learning outcome ' || (p + 1) || ' of course ' || n from generate_series(1, 2000) n, generate_series(0, 2) p;

-- Ten sessions per course: from six months ago to eighteen months ahead, at 09:30 UK time.
insert into course_session (id, version, course_id, starts_at, ends_at, venue_id, joining_details, capacity,
                            booking_opens_at, booking_closes_at, status)
select 10000000 + (n - 1) * 10 + k, 0, 10000000 + n, t, t + interval '3 hours', null, null, 20,
       t - interval '10 weeks', t - interval '2 days',
       case when k % 17 = 0 then 'CANCELLED' when t < now() then 'DELIVERED' else 'OPEN' end
from generate_series(1, 2000) n, generate_series(1, 10) k,
     lateral (select (date_trunc('day', now() - interval '6 months') + ((n * 7 + k * 61) % 730) * interval '1 day'
                      + interval '9 hours 30 minutes') at time zone 'Europe/London' as t) s;

-- Each course's next session, as the application keeps it when sessions are saved.
update course set next_starts_at = (
    select min(s.starts_at) from course_session s
     where s.course_id = course.id and s.starts_at >= current_timestamp and s.status <> 'CANCELLED')
 where id >= 10000000;

select setval('organisation_seq', 20000000);
select setval('person_seq', 20000000);
select setval('course_seq', 20000000);
select setval('course_session_seq', 20000000);
commit;
analyze organisation, organisation_council_area, person, person_workforce_group, course, course_strand, course_workforce_group, course_outcome, course_session;
