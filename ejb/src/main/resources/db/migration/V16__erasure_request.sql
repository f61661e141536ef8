-- Erasure requests (UK GDPR Art. 17): raised by a person or by the data protection officer, decided by the
-- officer: erased (the person is anonymised as the retention rules do) or refused with the lawful exception
-- that keeps the data (Art. 17(3)) and a note.

create sequence erasure_request_seq start with 50 increment by 50;

create table erasure_request (
    id                      bigint                   primary key,
    version                 bigint                   not null,
    person_id               bigint                   not null,
    requested_at            timestamp with time zone not null,
    requested_by_account_id bigint,
    status                  varchar(10)              not null,
    decided_at              timestamp with time zone,
    decided_by_account_id   bigint,
    exception_ground        varchar(30),
    exception_note          varchar(1000),
    constraint erasure_request_person_fk foreign key (person_id) references person (id),
    constraint erasure_request_status_ck check (status in ('OPEN', 'ERASED', 'REFUSED')),
    constraint erasure_request_ground_ck check (exception_ground in ('LEGAL_OBLIGATION', 'PUBLIC_TASK',
        'PUBLIC_HEALTH', 'ARCHIVING_STATISTICS', 'LEGAL_CLAIMS'))
);
create index erasure_request_status_ix on erasure_request (status, requested_at);
