-- Committees are kept on a screen by the learning team (seed 002) instead of fixed here: a committee, a sub-group
-- (the Learning and Practice Development Sub-group that implements the strategy for both committees) or the Chief
-- Officers Group, which approves what the committees agree. A committee that stands down is retired: it gets no new
-- figures or packs, and keeps its history.
alter table committee add column version bigint default 1 not null;
alter table committee add column kind varchar(20) default 'COMMITTEE' not null;
alter table committee add column active boolean default true not null;
alter table committee add constraint committee_kind_ck check (kind in ('COMMITTEE', 'SUB_GROUP', 'CHIEF_OFFICERS'));
alter table committee add constraint committee_name_uk unique (name);
update committee set kind = 'CHIEF_OFFICERS' where code = 'CHIEF_OFFICERS_GROUP';

insert into committee (code, name, display_order, kind, active, version) values
    ('LEARNING_PRACTICE_DEVELOPMENT', 'Learning and Practice Development Sub-group', 6, 'SUB_GROUP', true, 1);
insert into committee_strand (committee_code, strand_code) values
    ('LEARNING_PRACTICE_DEVELOPMENT', 'CHILD_PROTECTION'),
    ('LEARNING_PRACTICE_DEVELOPMENT', 'ADULT_SUPPORT_PROTECTION'),
    ('LEARNING_PRACTICE_DEVELOPMENT', 'TRAUMA'),
    ('LEARNING_PRACTICE_DEVELOPMENT', 'SUBSTANCE_USE'),
    ('LEARNING_PRACTICE_DEVELOPMENT', 'MENTAL_HEALTH');
