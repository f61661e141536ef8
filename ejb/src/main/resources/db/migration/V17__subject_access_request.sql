-- Subject access requests (UK GDPR Art. 15) made to the data protection officer, tracked against the one-month
-- deadline: when received, when due, and when answered.

create sequence subject_access_request_seq start with 50 increment by 50;

create table subject_access_request (
    id                      bigint                   primary key,
    version                 bigint                   not null,
    person_id               bigint                   not null,
    received_on             date                     not null,
    due_on                  date                     not null,
    recorded_by_account_id  bigint,
    answered_at             timestamp with time zone,
    answered_by_account_id  bigint,
    constraint subject_access_request_person_fk foreign key (person_id) references person (id),
    constraint subject_access_request_due_ck check (due_on >= received_on)
);
create index subject_access_request_open_ix on subject_access_request (answered_at, due_on);
