-- A national dataset for bench/workforce (PostgreSQL):
--   200,000 people in 60 agencies, each agency working in one or two of the 32 council areas (so in one or two of the
--   four learning networks);
--   one person in three working towards a qualification (the thirteen of the catalogue in turn), expected to complete
--   on a day spread over the next 27 months; one in five with one achieved;
--   one in two registered (a support worker's part), one in eight of those with its renewal in the coming year, and one
--   in three of the registered with a condition to obtain a qualification by a day from six months ago to two years
--   ahead, so that every state (met, on track, late, not started, overdue) is well represented.
-- Ids start at 71,000,000, clear of the application's own; the sequences move past them.
\set ON_ERROR_STOP on
begin;

insert into organisation (id, version, name, name_key, agency_type, active)
select 71000000 + n, 0, 'Workforce bench agency ' || n, 'workforce bench agency ' || n,
       (array['COUNCIL_SERVICE', 'NHS_BOARD', 'POLICE', 'THIRD_SECTOR', 'HOUSING', 'EDUCATION_PROVIDER'])[1 + n % 6], true
from generate_series(1, 60) n;

insert into organisation_council_area (organisation_id, council_area_code)
select 71000000 + n, (select gss_code from council_area order by gss_code limit 1 offset n % 32)
from generate_series(1, 60) n
union
select 71000000 + n, (select gss_code from council_area order by gss_code limit 1 offset (n * 7) % 32)
from generate_series(1, 60) n where n % 3 = 0;

insert into person (id, version, given_name, family_name, work_email, phone, job_title, organisation_id, line_manager_id,
                    active, changed_at)
select 71000000 + n, 0, 'Bench', 'Member' || n, 'member' || n || '@workforce-bench.learning-network.scot', null,
       'Support worker', 71000001 + n % 60, null, true, now() - interval '1 month'
from generate_series(1, 200000) n;

create temporary table bench_qualification on commit drop as
select row_number() over (order by code) - 1 as k, code from qualification;

insert into person_qualification (id, version, person_id, qualification_code, status, started_on, expected_on, provider,
                                  achieved_on, evidence, recorded_by_person_id, recorded_at)
select 71000000 + n, 0, 71000000 + n, q.code, 'IN_PROGRESS', current_date - 200, current_date - 30 + ((n::bigint * 7919) % 820)::int,
       'Bench college', null, null, null, now()
from generate_series(1, 200000) n
join bench_qualification q on q.k = n % (select count(*) from bench_qualification)
where (n / 7) % 3 = 0;

insert into person_qualification (id, version, person_id, qualification_code, status, started_on, expected_on, provider,
                                  achieved_on, evidence, recorded_by_person_id, recorded_at)
select 71500000 + n, 0, 71000000 + n, q.code, 'ACHIEVED', current_date - 900, null, 'Bench college',
       current_date - 100 - n % 1000, 'Certificate', null, now()
from generate_series(1, 200000) n
join bench_qualification q on q.k = (n * 3) % (select count(*) from bench_qualification)
where (n / 17) % 5 = 0;

insert into registration (id, version, person_id, register_part_code, registration_number, registered_on, renewal_due_on,
                          ended_on, recorded_by_person_id, recorded_at)
select 71000000 + n, 0, 71000000 + n, 'SUPPORT_WORKER_HOUSING_SUPPORT', 'WB' || n, current_date - 400 - n % 900,
       current_date + case when (n / 19) % 8 = 0 then n % 365 else 400 + n % 900 end, null, null, now()
from generate_series(1, 200000) n
where (n / 11) % 2 = 0;

insert into registration_condition (id, version, registration_id, qualification_code, due_on)
select 71000000 + n, 0, 71000000 + n, q.code, current_date - 180 + ((n::bigint * 104729) % 900)::int
from generate_series(1, 200000) n
join bench_qualification q on q.k = (n / 2) % (select count(*) from bench_qualification)
where (n / 11) % 2 = 0 and (n / 13) % 3 = 0;

select setval('organisation_seq', 400000000);
select setval('person_seq', 400000000);
select setval('person_qualification_seq', 400000000);
select setval('registration_seq', 400000000);
select setval('registration_condition_seq', 400000000);
commit;
analyze organisation; analyze organisation_council_area; analyze person; analyze person_qualification;
analyze registration; analyze registration_condition;
