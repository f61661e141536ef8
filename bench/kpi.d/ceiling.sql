-- The ceiling for bench/kpi: one hand-written SQL statement computing every committee's headline figures (the ALL
-- breakdown) for the quarter :quarter (e.g. 2026-Q2), counted as the quarterly KPI job counts them (see KpiFigure).
-- Prints one CSV line per committee, in the columns of kpi_figure.
\set ON_ERROR_STOP on
set timezone = 'Europe/London';
with quarter as (
    select start, start + interval '3 months' as "end"
    from (select make_timestamp(split_part(:'quarter', '-Q', 1)::int, 4, 1, 0, 0, 0)::timestamptz
                 + (split_part(:'quarter', '-Q', 2)::int - 1) * interval '3 months' as start) q
), committee_course as (
    select distinct k.committee_code, cs.course_id
    from committee_strand k join course_strand cs on cs.strand_code = k.strand_code
    join committee m on m.code = k.committee_code and m.active
), delivered as (
    select cc.committee_code, s.*
    from course_session s join committee_course cc on cc.course_id = s.course_id, quarter q
    where s.starts_at >= q.start and s.starts_at < q."end" and s.status <> 'CANCELLED' and s.ends_at <= least(now(), q."end")
), sessions as (
    select committee_code, count(*) as sessions, sum(capacity) as places from delivered group by committee_code
), bookings as (
    select d.committee_code,
           count(*) filter (where b.status = 'CONFIRMED') as bookings,
           count(*) filter (where b.status = 'CONFIRMED' and b.attendance = 'ATTENDED') as attended,
           count(*) filter (where b.status = 'CONFIRMED' and b.attendance = 'PARTIAL') as partly,
           count(*) filter (where b.status = 'CONFIRMED' and b.attendance = 'DID_NOT_ATTEND') as dna,
           count(*) filter (where b.late_cancellation) as late,
           count(*) filter (where b.status = 'WAITLISTED') as waitlisted,
           count(distinct b.person_id) filter (where b.status = 'CONFIRMED' and b.attendance in ('ATTENDED', 'PARTIAL')) as learners,
           count(distinct p.organisation_id) filter (where b.status = 'CONFIRMED' and b.attendance in ('ATTENDED', 'PARTIAL')) as agencies,
           coalesce(sum(c.cost_pence) filter (where b.status = 'CONFIRMED' and b.attendance in ('ATTENDED', 'PARTIAL')), 0) as cost
    from delivered d join booking b on b.session_id = d.id join person p on p.id = b.person_id join course c on c.id = d.course_id
    group by d.committee_code
), hours as (
    select d.committee_code, sum(r.cpd_hours) as hours from delivered d join learning_record r on r.session_id = d.id
    group by d.committee_code
), requests as (
    select d.committee_code, count(*) as requested, count(q.answered_at) as answered
    from delivered d join booking b on b.session_id = d.id join evaluation_request q on q.booking_id = b.id
    join question_set qs on qs.id = q.question_set_id and qs.purpose = 'END_OF_COURSE'
    group by d.committee_code
), answers as (
    select cc.committee_code,
           coalesce(sum(a.score) filter (where qn.measure = 'SATISFACTION'), 0) as satisfaction,
           count(a.score) filter (where qn.measure = 'SATISFACTION') as satisfaction_count,
           coalesce(sum(a.score - a.score_before) filter (where qn.measure = 'CONFIDENCE'), 0) as confidence,
           count(*) filter (where qn.measure = 'CONFIDENCE' and a.score is not null and a.score_before is not null) as confidence_count,
           count(*) filter (where qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes) as learners_changed,
           count(a.yes) filter (where qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER') as learners_asked,
           count(*) filter (where qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes) as managers_changed,
           count(a.yes) filter (where qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER') as managers_asked
    from evaluation_answer a join question qn on qn.id = a.question_id join evaluation_response r on r.id = a.response_id
    join course_session s on s.id = r.session_id join committee_course cc on cc.course_id = s.course_id, quarter q
    where (r.purpose = 'END_OF_COURSE' and s.starts_at >= q.start and s.starts_at < q."end")
       or (r.purpose = 'FOLLOW_UP' and r.submitted_on >= q.start::date and r.submitted_on < q."end"::date)
    group by cc.committee_code
)
select k.code, coalesce(s.sessions, 0), coalesce(s.places, 0), coalesce(b.bookings, 0), coalesce(b.attended, 0),
       coalesce(b.partly, 0), coalesce(b.dna, 0), coalesce(b.late, 0), coalesce(b.waitlisted, 0), coalesce(b.learners, 0),
       coalesce(b.agencies, 0), coalesce(h.hours, 0.00), coalesce(b.cost, 0), coalesce(r.requested, 0), coalesce(r.answered, 0),
       coalesce(a.satisfaction, 0), coalesce(a.satisfaction_count, 0), coalesce(a.confidence, 0), coalesce(a.confidence_count, 0),
       coalesce(a.learners_changed, 0), coalesce(a.learners_asked, 0), coalesce(a.managers_changed, 0), coalesce(a.managers_asked, 0)
from committee k left join sessions s on s.committee_code = k.code left join bookings b on b.committee_code = k.code
left join hours h on h.committee_code = k.code left join requests r on r.committee_code = k.code
left join answers a on a.committee_code = k.code
order by k.code;
