-- What bench/signed-in adds to the national catalogue (bench/catalogue.d/national-data.sql: 2,000 courses, 20,000
-- sessions over two years, 200,000 people in 320 organisations), so that the signed-in pages have what they show:
--   line management: the first 20,000 people manage the others (nine each);
--   2,000,000 bookings, ten a person on ten different sessions (sessions take 150 places): on sessions that have
--   happened confirmed and attended, on those to come confirmed, except that one booking in twenty of the managers'
--   staff on a session to come waits for their manager's approval (about 45,000 requests);
--   100 managers and 100 members of the learning team who can sign in (the demo users' password): the managers are the
--   first 100 people (each with nine staff and their own bookings), the learning team the next 100.
-- Ids of new rows start at 10,000,000 as the catalogue's do; the sequences move past them.
\set ON_ERROR_STOP on
begin;

update person set line_manager_id = 10000000 + 1 + (id - 10000000) % 20000
 where id > 10020000 and id <= 10200000;

update course_session set capacity = 150 where id >= 10000000;

-- Booking k of person n: session (n * 7919 + k * 4729) mod 20,000 (ten different sessions for each person).
insert into booking (id, version, session_id, person_id, status, applied_at, need, group_mismatch, queued_at, offer_expires_at,
                     late_cancellation, attendance, attended_minutes)
select 10000000 + (n - 1) * 10 + k, 0, s.id, 10000000 + n,
       case when s.starts_at > now() and n > 20000 and (n + k) % 20 = 0 then 'REQUESTED' else 'CONFIRMED' end,
       s.starts_at - interval '30 days', 'To keep my practice current', false, null, null, false,
       case when s.starts_at < now() then 'ATTENDED' end, case when s.starts_at < now() then 180 end
from generate_series(1, 200000) n, generate_series(0, 9) k,
     lateral (select id, starts_at from course_session where id = 10000001 + (n::bigint * 7919 + k * 4729) % 20000) s;

update course_session s set places_taken = b.n
  from (select session_id, count(*) as n from booking where status = 'CONFIRMED' and id >= 10000000 group by session_id) b
 where s.id = b.session_id;

insert into user_account (id, version, username, password_hash, person_id, active, failed_sign_ins)
select 10000000 + n, 0, case when n <= 100 then 'bench-manager-' || n else 'bench-coordinator-' || (n - 100) end,
       (select password_hash from user_account where username = 'manager'), 10000000 + n, true, 0
from generate_series(1, 200) n;

insert into user_account_role (user_account_id, role)
select 10000000 + n, r from generate_series(1, 100) n, (values ('MANAGER'), ('LEARNER')) x(r)
union all
select 10000000 + n, r from generate_series(101, 200) n, (values ('COORDINATOR'), ('LEARNER')) x(r);

select setval('booking_seq', 40000000);
select setval('user_account_seq', 20000000);
commit;
vacuum analyze person, course_session, booking, user_account, user_account_role;
