-- The retention schedule as data: for each type of record that holds personal data, what starts its clock
-- (the trigger), how long it is kept (months) and what then happens to it (anonymised: personal data replaced
-- so that figures stay right; or deleted). The data protection officer changes these on a screen; the
-- privacy notice is written from them. The defaults below are documented in the README.

create sequence retention_rule_seq start with 50 increment by 50;

create table retention_rule (
    id            bigint       primary key,
    version       bigint       not null,
    record_type   varchar(30)  not null,
    trigger_event varchar(30)  not null,
    period_months integer      not null,
    action        varchar(20)  not null,
    constraint retention_rule_type_uq unique (record_type),
    constraint retention_rule_period_ck check (period_months between 1 and 1200),
    constraint retention_rule_action_ck check (action in ('ANONYMISE', 'DELETE'))
);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (1, 1, 'PERSON', 'LAST_ACTIVITY', 36, 'ANONYMISE'),
    (2, 1, 'BOOKING_TEXT', 'SESSION_END', 24, 'ANONYMISE'),
    (3, 1, 'ALLOCATION', 'SESSION_END', 24, 'DELETE'),
    (4, 1, 'APPROVAL_LINK', 'CREATED', 3, 'DELETE'),
    (5, 1, 'MAIL_OUTBOX', 'CREATED', 3, 'DELETE'),
    (6, 1, 'AUDIT_ENTRY', 'CREATED', 72, 'DELETE');
