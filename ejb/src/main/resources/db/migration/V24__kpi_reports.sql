-- The committee report pack: for each quarter and committee, the KPI report as a PDF with charts, a spreadsheet
-- (XLSX) and a CSV file, stored when the quarterly KPI job renders them; and each committee's distribution list, the
-- addresses the pack is e-mailed to. An e-mail of the pack names its quarter and committee, and the files are attached
-- when it is sent.

create sequence committee_recipient_seq start with 50 increment by 50;

create table committee_recipient (
    id             bigint                   primary key,
    committee_code varchar(40)              not null,
    email          varchar(254)             not null,
    added_at       timestamp with time zone not null,
    constraint committee_recipient_committee_fk foreign key (committee_code) references committee (code),
    constraint committee_recipient_uk unique (committee_code, email)
);

create table kpi_report (
    quarter_code   varchar(7)               not null,
    committee_code varchar(40)              not null,
    format         varchar(4)               not null,
    file_name      varchar(120)             not null,
    content        bytea                    not null,
    created_at     timestamp with time zone not null,
    constraint kpi_report_pk primary key (quarter_code, committee_code, format),
    constraint kpi_report_committee_fk foreign key (committee_code) references committee (code),
    constraint kpi_report_format_ck check (format in ('PDF', 'XLSX', 'CSV'))
);

alter table mail_outbox add column report_quarter varchar(7);
alter table mail_outbox add column report_committee varchar(40);
