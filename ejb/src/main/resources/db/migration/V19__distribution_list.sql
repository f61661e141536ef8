-- The course distribution list (seed 002): people who agreed to be e-mailed about upcoming learning. Joining needs
-- explicit consent, kept with the words agreed to; it is withdrawn from My learning, or from the link in every
-- message, which works without signing in (only the link's digest is kept). A withdrawn membership is deleted
-- a year later (retention rule 8). The messages sent to the list are kept: their text, when, by which account
-- and to how many, never to whom.

create sequence distribution_member_seq start with 50 increment by 50;

create table distribution_member (
    id            bigint                   primary key,
    version       bigint                   not null,
    person_id     bigint                   not null,
    consent_text  varchar(500)             not null,
    consented_at  timestamp with time zone not null,
    withdrawn_at  timestamp with time zone,
    withdrawn_by  varchar(10),
    constraint distribution_member_person_fk foreign key (person_id) references person (id),
    constraint distribution_member_withdrawn_ck check (withdrawn_by in ('PERSON', 'LINK'))
);
create index distribution_member_person_ix on distribution_member (person_id, withdrawn_at);
create index distribution_member_withdrawn_ix on distribution_member (withdrawn_at, id);

create sequence distribution_message_seq start with 50 increment by 50;

create table distribution_message (
    id                 bigint                   primary key,
    subject            varchar(200)             not null,
    body               varchar(5000)            not null,
    sent_at            timestamp with time zone not null,
    sent_by_account_id bigint,
    recipients         integer                  not null
);

create table distribution_leave_link (
    token_hash  varchar(64) primary key,
    member_id   bigint      not null,
    message_id  bigint      not null,
    constraint distribution_leave_link_member_fk foreign key (member_id) references distribution_member (id),
    constraint distribution_leave_link_message_fk foreign key (message_id) references distribution_message (id)
);
create index distribution_leave_link_member_ix on distribution_leave_link (member_id);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (8, 1, 'DISTRIBUTION_LIST', 'WITHDRAWN', 12, 'DELETE');
