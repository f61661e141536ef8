-- The ceiling of bench/workforce: hand-written SQL computing what the workforce-planning report computes as of today:
--   Q lines: per qualification, the people expected to complete it in each of the eight financial quarters from the
--            current one (not before today), active people only;
--   G lines: per qualification, the registration conditions (of current registrations of active people) falling due
--            within a year or overdue: falling due, met, on track, late, not started, overdue, the gap, and the people
--            expected to qualify within a year;
--   A lines: per network and agency, working towards a qualification, expected to qualify within a year, registered,
--            conditions at risk (within a year or overdue), renewals due within a year (or passed).
-- Tab-separated; financial quarters begin with calendar ones (April, July, October, January).
with today as (
    select current_date as d, (date_trunc('quarter', current_date))::date as q0, (current_date + interval '1 year')::date as year_ahead
),
working as (
    select q.person_id, q.qualification_code, q.expected_on, p.organisation_id
    from person_qualification q join person p on p.id = q.person_id and p.active
    where q.status = 'IN_PROGRESS'
),
conditions as (
    select c.qualification_code, p.organisation_id,
           case when exists (select 1 from person_qualification h where h.person_id = r.person_id
                                 and h.qualification_code = c.qualification_code and h.status = 'ACHIEVED') then 'MET'
                when c.due_on < (select d from today) then 'OVERDUE'
                when exists (select 1 from person_qualification h where h.person_id = r.person_id
                                 and h.qualification_code = c.qualification_code and h.status = 'IN_PROGRESS'
                                 and h.expected_on <= c.due_on) then 'ON_TRACK'
                when exists (select 1 from person_qualification h where h.person_id = r.person_id
                                 and h.qualification_code = c.qualification_code and h.status = 'IN_PROGRESS') then 'LATE'
                else 'NOT_STARTED' end as state
    from registration_condition c join registration r on r.id = c.registration_id and r.ended_on is null
    join person p on p.id = r.person_id and p.active
    where c.due_on <= (select year_ahead from today)
),
networks as (
    select distinct o.id as organisation_id, o.name as agency, n.name as network
    from organisation o join organisation_council_area oa on oa.organisation_id = o.id
    join council_area a on a.gss_code = oa.council_area_code join learning_network_region n on n.id = a.region_id
),
working_by_organisation as (
    select w.organisation_id, count(distinct w.person_id) as working,
           count(*) filter (where w.expected_on >= t.d and w.expected_on <= t.year_ahead) as expected_year
    from working w, today t group by w.organisation_id
),
expected_by_qualification as (
    select w.qualification_code, count(*) as expected_year
    from working w, today t where w.expected_on >= t.d and w.expected_on <= t.year_ahead group by w.qualification_code
),
registered_by_organisation as (
    select p.organisation_id, count(distinct r.person_id) as registered, count(*) filter (where r.renewal_due_on <= t.year_ahead) as renewals
    from registration r join person p on p.id = r.person_id and p.active, today t
    where r.ended_on is null and r.registered_on <= t.d group by p.organisation_id
),
risk_by_organisation as (
    select c.organisation_id, count(*) as at_risk from conditions c where c.state in ('LATE', 'NOT_STARTED', 'OVERDUE')
    group by c.organisation_id
)
select 'Q', ql.name, string_agg(coalesce(x.people, 0)::text, E'\t' order by k.k)
from qualification ql
cross join generate_series(0, 7) k(k)
left join (
    select w.qualification_code, ((extract(year from w.expected_on) - extract(year from t.q0)) * 12
            + extract(month from w.expected_on) - extract(month from t.q0))::int / 3 as k, count(*) as people
    from working w, today t
    where w.expected_on >= t.d and w.expected_on < t.q0 + interval '24 months'
    group by 1, 2
) x on x.qualification_code = ql.code and x.k = k.k
group by ql.code, ql.name
having sum(coalesce(x.people, 0)) > 0
union all
select 'G', ql.name, concat_ws(E'\t', count(*), count(*) filter (where c.state = 'MET'), count(*) filter (where c.state = 'ON_TRACK'),
        count(*) filter (where c.state = 'LATE'), count(*) filter (where c.state = 'NOT_STARTED'),
        count(*) filter (where c.state = 'OVERDUE'), count(*) filter (where c.state in ('LATE', 'NOT_STARTED', 'OVERDUE')),
        coalesce(max(e.expected_year), 0))
from conditions c join qualification ql on ql.code = c.qualification_code
left join expected_by_qualification e on e.qualification_code = ql.code
group by ql.code, ql.name
union all
select 'A', n.network || E'\t' || n.agency, concat_ws(E'\t', coalesce(w.working, 0), coalesce(w.expected_year, 0),
        coalesce(r.registered, 0), coalesce(k.at_risk, 0), coalesce(r.renewals, 0))
from networks n
left join working_by_organisation w on w.organisation_id = n.organisation_id
left join registered_by_organisation r on r.organisation_id = n.organisation_id
left join risk_by_organisation k on k.organisation_id = n.organisation_id
where n.agency like 'Workforce bench agency %';
