-- The HR import: a council's HR export (CSV) keeps the workforce up to date. People carry the employee number HR
-- knows them by, and their start and leaving dates. Each file uploaded is kept with the outcome of its dry run and
-- of its application, line by line (what was created, changed, deactivated, or why a row was refused), for three
-- months; the file and its lines are then deleted. The column names of the council's HR export are mapped once.
alter table person add employee_number varchar(50);
alter table person add started_on date;
alter table person add left_on date;
alter table person add constraint person_employee_number_uk unique (employee_number);

create sequence hr_import_seq start with 50 increment by 50;

create table hr_import (
    id                     bigint                   primary key,
    version                bigint                   not null,
    file_name              varchar(255)             not null,
    content                bytea                    not null,
    source                 varchar(10)              not null,
    uploaded_by_account_id bigint,
    uploaded_at            timestamp with time zone not null,
    status                 varchar(10)              not null,
    problem                varchar(300),
    rows_read              integer                  not null,
    created_count          integer                  not null,
    changed_count          integer                  not null,
    deactivated_count      integer                  not null,
    unchanged_count        integer                  not null,
    error_count            integer                  not null,
    invited_count          integer                  not null,
    checked_at             timestamp with time zone,
    applied_at             timestamp with time zone,
    constraint hr_import_account_fk foreign key (uploaded_by_account_id) references user_account (id) on delete set null,
    constraint hr_import_status_ck check (status in ('CHECKING', 'CHECKED', 'REFUSED', 'APPLYING', 'APPLIED', 'DISCARDED')),
    constraint hr_import_source_ck check (source in ('UPLOAD', 'API', 'FOLDER'))
);

create table hr_import_line (
    hr_import_id    bigint       not null,
    item            integer      not null,
    line_number     integer,
    employee_number varchar(50),
    person_id       bigint,
    outcome         varchar(12)  not null,
    detail          varchar(500),
    constraint hr_import_line_pk primary key (hr_import_id, item),
    constraint hr_import_line_import_fk foreign key (hr_import_id) references hr_import (id) on delete cascade,
    constraint hr_import_line_person_fk foreign key (person_id) references person (id) on delete set null,
    constraint hr_import_line_outcome_ck check (outcome in ('CREATE', 'CHANGE', 'DEACTIVATE', 'ERROR'))
);
create index hr_import_line_person_ix on hr_import_line (person_id);

-- The header in the council's HR export of each field the import reads (fields not listed: the default header).
create table hr_column (
    field  varchar(60)  primary key,
    header varchar(100) not null
);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (14, 1, 'HR_IMPORT', 'CREATED', 3, 'DELETE');
