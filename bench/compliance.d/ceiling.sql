-- The ceiling of bench/compliance: one hand-written SQL computing what the training-needs analysis computes for the
-- financial year starting on :'start' (a date, 1 April), council time Europe/London: per course and quarter, the
-- places asked for (each person once per course: from their pathways at the earliest quarter any requirement planned
-- on the course asks; else from their open learning needs naming it, the earliest; else from waiting lists, the first
-- quarter) and the places not yet taken on sessions starting in the quarter. One line per course with either:
-- title, then asked and places for each of the four quarters.
with year as (
    select :'start'::date as starts, (:'start'::date + interval '1 year')::date as ends
),
held as (
    select distinct h.person_id, rr.requirement_id
    from person_role_profile h
    join role_profile p on p.id = h.role_profile_id and p.active
    join role_profile_requirement rr on rr.role_profile_id = p.id
    join learning_requirement q on q.id = rr.requirement_id and q.active
    join person pp on pp.id = h.person_id and pp.active
),
latest as (
    select hd.person_id, hd.requirement_id, max(lr.completed_on) as done
    from held hd
    left join learning_record lr on lr.person_id = hd.person_id and lr.kind <> 'PARTIAL'
        and lr.course_id in (select c.course_id from learning_requirement_course c where c.requirement_id = hd.requirement_id)
    group by hd.person_id, hd.requirement_id
),
planning as (
    select distinct on (q.id) q.id as requirement_id, c.id as course_id
    from learning_requirement q
    join learning_requirement_course qc on qc.requirement_id = q.id
    join course c on c.id = qc.course_id and not c.retired
    order by q.id, c.delivery_mode in ('E_LEARNING', 'SEVEN_MINUTE_BRIEFING'), lower(c.title)
),
due as (
    select l.person_id, p.course_id, l.done,
           case when l.done is not null and q.refresh_months is not null
                then (l.done + q.refresh_months * interval '1 month')::date end as due_on
    from latest l
    join learning_requirement q on q.id = l.requirement_id
    join planning p on p.requirement_id = l.requirement_id
),
quarters as (
    select d.person_id, d.course_id,
           case when d.done is null or d.due_on < current_date or d.due_on < y.starts then 0
                when d.due_on is null or d.due_on >= y.ends then null
                else ((extract(year from d.due_on) - extract(year from y.starts)) * 12
                      + extract(month from d.due_on) - extract(month from y.starts))::int / 3 end as quarter
    from due d cross join year y
),
pathway as (
    select person_id, course_id, min(quarter) as quarter from quarters where quarter is not null group by person_id, course_id
),
need as (
    select n.person_id, n.course_id,
           min(case when n.target_on is null or n.target_on < y.starts then 0
                    when n.target_on >= y.ends then null
                    else ((extract(year from n.target_on) - extract(year from y.starts)) * 12
                          + extract(month from n.target_on) - extract(month from y.starts))::int / 3 end) as quarter
    from learning_need n
    join person pp on pp.id = n.person_id and pp.active
    join course c on c.id = n.course_id and not c.retired
    cross join year y
    where n.status in ('AGREED', 'IN_PROGRESS')
    group by n.person_id, n.course_id
),
waiting as (
    select distinct b.person_id, s.course_id, 0 as quarter
    from booking b
    join course_session s on s.id = b.session_id and s.status <> 'CANCELLED' and s.starts_at >= now() - interval '365 days'
    join person pp on pp.id = b.person_id and pp.active
    where b.status = 'WAITLISTED'
),
asked as (
    select course_id, quarter from pathway
    union all
    select n.course_id, n.quarter from need n
    where n.quarter is not null
      and not exists (select 1 from pathway p where p.person_id = n.person_id and p.course_id = n.course_id)
    union all
    select w.course_id, w.quarter from waiting w
    where not exists (select 1 from pathway p where p.person_id = w.person_id and p.course_id = w.course_id)
      and not exists (select 1 from need n where n.person_id = w.person_id and n.course_id = w.course_id and n.quarter is not null)
),
demand as (
    select course_id, quarter, count(*) as places from asked group by course_id, quarter
),
places as (
    select s.course_id,
           ((extract(year from (s.starts_at at time zone 'Europe/London')::date) - extract(year from y.starts)) * 12
            + extract(month from (s.starts_at at time zone 'Europe/London')::date) - extract(month from y.starts))::int / 3 as quarter,
           sum(greatest(s.capacity - s.places_taken, 0)) as places
    from course_session s cross join year y
    where s.status <> 'CANCELLED'
      and s.starts_at >= (y.starts::timestamp at time zone 'Europe/London')
      and s.starts_at < (y.ends::timestamp at time zone 'Europe/London')
    group by 1, 2
),
lines as (
    select coalesce(d.course_id, p.course_id) as course_id, coalesce(d.quarter, p.quarter) as quarter,
           coalesce(d.places, 0) as asked, coalesce(p.places, 0) as places
    from demand d full join places p on p.course_id = d.course_id and p.quarter = d.quarter
)
select c.title,
       sum(case when l.quarter = 0 then l.asked else 0 end), sum(case when l.quarter = 0 then l.places else 0 end),
       sum(case when l.quarter = 1 then l.asked else 0 end), sum(case when l.quarter = 1 then l.places else 0 end),
       sum(case when l.quarter = 2 then l.asked else 0 end), sum(case when l.quarter = 2 then l.places else 0 end),
       sum(case when l.quarter = 3 then l.asked else 0 end), sum(case when l.quarter = 3 then l.places else 0 end)
from lines l join course c on c.id = l.course_id
group by c.title
order by c.title;
