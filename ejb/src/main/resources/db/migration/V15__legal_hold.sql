-- Legal holds: the data protection officer stops a person's data being anonymised or deleted by the retention
-- rules (for example while a legal claim or an investigation is open), with the reason and a date to review it.
-- A hold stays on record after it is released.

create sequence legal_hold_seq start with 50 increment by 50;

create table legal_hold (
    id                      bigint                   primary key,
    version                 bigint                   not null,
    person_id               bigint                   not null,
    reason                  varchar(1000)            not null,
    review_on               date                     not null,
    placed_at               timestamp with time zone not null,
    placed_by_account_id    bigint,
    released_at             timestamp with time zone,
    released_by_account_id  bigint,
    constraint legal_hold_person_fk foreign key (person_id) references person (id)
);
create index legal_hold_person_ix on legal_hold (person_id, released_at);
