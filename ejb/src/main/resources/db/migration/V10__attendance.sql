-- Facilitators take the register: their marks are recorded in the booking's history in that capacity.
alter table booking_event drop constraint booking_event_role_ck;
alter table booking_event add constraint booking_event_role_ck
    check (actor_role in ('LEARNER', 'MANAGER', 'MANAGER_LINK', 'COORDINATOR', 'FACILITATOR', 'SYSTEM'));
