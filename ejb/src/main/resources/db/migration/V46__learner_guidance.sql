-- Guidance for learners (seed 003): what to read or do before a course and how long it takes, sent with the
-- confirmation and the reminders; and whether the course is on a subject that can be traumatic to learn about, so
-- that those who attended are pointed to wellbeing support afterwards. (Online sessions' joining guidance is the
-- same for every course: it is in the messages, not here.)
alter table course add column preparation varchar(1000);
alter table course add column preparation_minutes integer;
alter table course add column wellbeing_support boolean default false not null;
alter table course add constraint course_preparation_minutes_ck check (preparation_minutes is null or preparation_minutes between 1 and 600);

-- "Peer support" among the barriers the follow-ups ask about, in the shipped questions the learning team has not
-- changed (a changed one is theirs to keep).
update question set options = 'Workplace culture|Support from my manager|Chance to apply it|Workload or time|Peer support|Nothing has',
    version = version + 1
    where id = 7 and options = 'Workplace culture|Support from my manager|Chance to apply it|Workload or time|Nothing has';
update question set options = 'Workplace culture|Support from their manager|Chance to apply it|Workload or time|Peer support|Nothing has',
    version = version + 1
    where id = 11 and options = 'Workplace culture|Support from their manager|Chance to apply it|Workload or time|Nothing has';
