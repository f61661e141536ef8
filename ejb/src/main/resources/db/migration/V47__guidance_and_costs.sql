-- What a course answers to (seed 002): the legislation, national guidance and strategies it helps practitioners
-- apply, and the local learning reviews and inspections whose findings it takes up. The learning team keeps the list
-- and links courses to it; the catalogue shows and searches it. An entry some course names is retired, not deleted.
create sequence guidance_seq start with 50 increment by 50;

create table guidance (
    id      bigint        primary key,
    version bigint        not null,
    kind    varchar(20)   not null,
    title   varchar(300)  not null,
    url     varchar(1000),
    retired boolean       not null,
    constraint guidance_kind_ck check (kind in ('LEGISLATION', 'GUIDANCE', 'STRATEGY', 'LEARNING_REVIEW', 'INSPECTION')),
    constraint guidance_title_uk unique (title)
);

create table course_guidance (
    course_id   bigint not null,
    guidance_id bigint not null,
    constraint course_guidance_pk primary key (course_id, guidance_id),
    constraint course_guidance_course_fk foreign key (course_id) references course (id),
    constraint course_guidance_guidance_fk foreign key (guidance_id) references guidance (id)
);
create index course_guidance_guidance_ix on course_guidance (guidance_id);

-- The national sources the strategy names; local learning reviews are the learning team's to add.
insert into guidance (id, version, kind, title, url, retired) values
    (nextval('guidance_seq'), 1, 'LEGISLATION', 'Health and Care (Staffing) (Scotland) Act 2019',
     'https://www.gov.scot/publications/health-and-care-staffing-scotland-act-2019-overview/', false),
    (nextval('guidance_seq'), 1, 'LEGISLATION', 'Adult Support and Protection (Scotland) Act 2007',
     'https://www.legislation.gov.uk/asp/2007/10/contents', false),
    (nextval('guidance_seq'), 1, 'GUIDANCE', 'Adult Support and Protection Code of Practice 2022',
     'https://www.gov.scot/publications/adult-support-protection-scotland-act-2007-code-practice-3/', false),
    (nextval('guidance_seq'), 1, 'GUIDANCE', 'National Guidance for Child Protection in Scotland 2021 (updated 2023)',
     'https://www.gov.scot/publications/national-guidance-child-protection-scotland-2021-updated-2023/', false),
    (nextval('guidance_seq'), 1, 'STRATEGY', 'Equally Safe: Scotland''s strategy to prevent and eradicate violence against women and girls',
     'https://www.gov.scot/publications/equally-safe-scotlands-strategy-prevent-eradicate-violence-against-women-girls/', false),
    (nextval('guidance_seq'), 1, 'GUIDANCE', 'MAPPA National Guidance 2022',
     'https://www.gov.scot/publications/multi-agency-public-protection-arrangements-mappa-national-guidance-2022/', false);

-- Costs (seed 002): learning is free unless the committee agreed a cost, and learning that is charged for or
-- commissioned needs the Chief Officers Group's approval too. A course with a cost records who pays (charged to the
-- learner's agency, or commissioned by the partnership), the committee that agreed it and when, and when the Chief
-- Officers Group approved it; until both are recorded nobody can book it.
alter table course add column cost_basis varchar(20);
alter table course add column cost_committee_code varchar(40);
alter table course add column cost_agreed_on date;
alter table course add column cost_approved_on date;
update course set cost_basis = 'CHARGED' where cost_pence > 0;
update course set cost_pence = null where cost_pence = 0;
alter table course add constraint course_cost_basis_ck check (cost_basis in ('CHARGED', 'COMMISSIONED'));
alter table course add constraint course_cost_given_ck check ((cost_pence is null) = (cost_basis is null));
alter table course add constraint course_cost_committee_fk foreign key (cost_committee_code) references committee (code);
