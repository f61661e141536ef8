-- The ceiling for the HR import: the same file loaded with \copy into a staging table, then one set-based statement
-- for each thing the import does (create or change people, set their managers, place them in their workforce
-- group, deactivate those the file leaves out), in one transaction, rolled back so that the import itself then
-- starts from the same data. @FILE@ is the CSV's path (bench/import puts it in).
begin;
create temp table hr_stage (number text, given text, family text, email text, job text, org text, manager text,
    started text, leaving text, account text, grp text) on commit drop;
\copy hr_stage from '@FILE@' with (format csv, header true)
insert into person (id, version, employee_number, given_name, family_name, work_email, job_title, organisation_id,
        started_on, active, changed_at)
    select nextval('person_seq'), 1, s.number, s.given, s.family, s.email, s.job, o.id, s.started::date, true, now()
    from hr_stage s join organisation o on o.name_key = lower(s.org)
    on conflict (employee_number) do update set given_name = excluded.given_name, family_name = excluded.family_name,
        work_email = excluded.work_email, job_title = excluded.job_title, organisation_id = excluded.organisation_id,
        started_on = excluded.started_on, active = true, changed_at = now(), version = person.version + 1
    where (person.given_name, person.family_name, person.work_email, person.job_title, person.organisation_id,
           person.started_on, person.active) is distinct from (excluded.given_name, excluded.family_name,
           excluded.work_email, excluded.job_title, excluded.organisation_id, excluded.started_on, true);
update person p set line_manager_id = m.id
    from hr_stage s join person m on m.employee_number = s.manager
    where p.employee_number = s.number and p.line_manager_id is distinct from m.id;
insert into person_workforce_group (person_id, framework_code, workforce_group_id)
    select p.id, g.framework_code, g.id from hr_stage s join person p on p.employee_number = s.number
    join workforce_group g on g.framework_code = 'CP_2024' and g.name = s.grp
    on conflict (person_id, framework_code) do update set workforce_group_id = excluded.workforce_group_id
    where person_workforce_group.workforce_group_id <> excluded.workforce_group_id;
update person set active = false, changed_at = now(), version = version + 1
    where employee_number is not null and active and employee_number not in (select number from hr_stage);
rollback;
