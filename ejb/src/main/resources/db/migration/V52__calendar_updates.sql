-- Updates of the training calendar (seed 002): mailed through the year to the service managers, who circulate them in
-- their service, and to the Learning and Practice Development Sub-group. The learning team keeps the service managers
-- (people of the workforce: their work address, gone when they are anonymised); each update sent is recorded, and the
-- monthly one by its month, so that it goes once whichever server instance's timer fires.
create table calendar_service_manager (
    person_id bigint                   primary key,
    added_at  timestamp with time zone not null,
    constraint calendar_service_manager_person_fk foreign key (person_id) references person (id)
);

create sequence calendar_update_seq start with 50 increment by 50;

create table calendar_update (
    id              bigint                   primary key,
    scheduled_month varchar(7),
    sent_at         timestamp with time zone not null,
    recipients      integer                  not null,
    sessions        integer                  not null,
    constraint calendar_update_month_uk unique (scheduled_month)
);
