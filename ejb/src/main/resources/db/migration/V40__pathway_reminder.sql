-- The reminders sent about a person's learning requirement falling due (DUE_SOON) or lapsed (OVERDUE), one of each kind
-- per requirement and day it is due: the key makes a second instance's attempt to send the same reminder fail. Kept
-- while the person's record is; deleted when they are anonymised.
create table pathway_reminder (
    person_id      bigint                   not null,
    requirement_id bigint                   not null,
    due_on         date                     not null,
    kind           varchar(10)              not null,
    sent_at        timestamp with time zone not null,
    constraint pathway_reminder_pk primary key (person_id, requirement_id, due_on, kind),
    constraint pathway_reminder_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint pathway_reminder_requirement_fk foreign key (requirement_id) references learning_requirement (id) on delete cascade,
    constraint pathway_reminder_kind_ck check (kind in ('DUE_SOON', 'OVERDUE'))
);
