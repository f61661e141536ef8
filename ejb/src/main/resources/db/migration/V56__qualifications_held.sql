-- Qualifications people hold and are working towards, and credit for prior learning (seed 000): the learning network
-- helps partners meet the registration requirements for their staff and predicts who will qualify when.

-- The catalogue gains a kind (for grouping in the planning report), HNC and post-qualifying awards, and can retire a
-- qualification no longer offered (people keep theirs).
alter table qualification add column kind varchar(30) default 'OTHER' not null;
alter table qualification add column active boolean default true not null;
alter table qualification add constraint qualification_kind_ck
    check (kind in ('SVQ', 'HNC', 'DEGREE', 'PRACTICE_LEARNING', 'LEADERSHIP', 'POST_QUALIFYING', 'OTHER'));
update qualification set kind = 'SVQ' where code like 'SVQ%' and code <> 'SVQ_CSLM';
update qualification set kind = 'LEADERSHIP' where code = 'SVQ_CSLM';
update qualification set kind = 'PRACTICE_LEARNING' where code like 'PLQ%';
update qualification set kind = 'DEGREE' where code = 'BA_SW';
insert into qualification (code, name, scqf_level, credits, notes, kind, active) values
    ('HNC_SS', 'HNC Social Services', 7, 96, 'a route to registration for supervisors and practitioners', 'HNC', true),
    ('PQ_MHO', 'Mental Health Officer Award', 11, null, 'post-qualifying, for social workers', 'POST_QUALIFYING', true),
    ('PQ_CP', 'Post-qualifying award in child protection', 11, null, 'post-qualifying, for social workers', 'POST_QUALIFYING', true),
    ('PQ_ASP', 'Post-qualifying award in adult support and protection', 11, null, 'post-qualifying, for social workers', 'POST_QUALIFYING', true);

create sequence person_qualification_seq start with 50 increment by 50;

-- A qualification a person is working towards (started, expected to complete, with a provider) or has achieved (when,
-- with a reference to the evidence seen), or withdrew from.
create table person_qualification (
    id                    bigint                   primary key,
    version               bigint                   not null,
    person_id             bigint                   not null,
    qualification_code    varchar(30)              not null,
    status                varchar(20)              not null,
    started_on            date,
    expected_on           date,
    provider              varchar(200),
    achieved_on           date,
    evidence              varchar(200),
    recorded_by_person_id bigint,
    recorded_at           timestamp with time zone not null,
    constraint person_qualification_person_fk foreign key (person_id) references person (id),
    constraint person_qualification_qualification_fk foreign key (qualification_code) references qualification (code),
    constraint person_qualification_recorded_by_fk foreign key (recorded_by_person_id) references person (id),
    constraint person_qualification_status_ck check (status in ('IN_PROGRESS', 'ACHIEVED', 'WITHDRAWN')),
    constraint person_qualification_achieved_ck check (status <> 'ACHIEVED' or achieved_on is not null)
);
create index person_qualification_person_ix on person_qualification (person_id);
create index person_qualification_expected_ix on person_qualification (status, expected_on);

create sequence prior_learning_credit_seq start with 50 increment by 50;

-- Recognition of prior learning: experience and learning turned into SCQF credit at a level, perhaps towards a
-- qualification (advanced entry to a degree).
create table prior_learning_credit (
    id                    bigint                   primary key,
    version               bigint                   not null,
    person_id             bigint                   not null,
    description           varchar(500)             not null,
    scqf_level            integer                  not null,
    credits               integer                  not null,
    awarded_on            date                     not null,
    awarded_by            varchar(200),
    towards_code          varchar(30),
    recorded_by_person_id bigint,
    recorded_at           timestamp with time zone not null,
    constraint prior_learning_credit_person_fk foreign key (person_id) references person (id),
    constraint prior_learning_credit_towards_fk foreign key (towards_code) references qualification (code),
    constraint prior_learning_credit_recorded_by_fk foreign key (recorded_by_person_id) references person (id),
    constraint prior_learning_credit_level_ck check (scqf_level between 1 and 12),
    constraint prior_learning_credit_credits_ck check (credits between 1 and 720)
);
create index prior_learning_credit_person_ix on prior_learning_credit (person_id);
