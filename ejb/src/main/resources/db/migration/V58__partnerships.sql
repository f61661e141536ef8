-- Partnerships: the councils and agencies that run public protection learning together within a learning network.
-- Each serves council areas (an area is served by one partnership at most) and has partner organisations, full
-- partners or associates. A coordinator may be scoped to partnerships: they then see the people of those only.
-- The council areas the installation served until now become its first partnership, which the learning team renames.

create sequence partnership_seq start with 100 increment by 50;

create table partnership (
    id       bigint       primary key,
    version  bigint       not null,
    name     varchar(200) not null,
    name_key varchar(200) not null,
    active   boolean      not null,
    constraint partnership_name_key_uk unique (name_key)
);

insert into partnership (id, version, name, name_key, active)
    select 1, 0, 'Our partnership', 'our partnership', true where exists (select 1 from partnership_area);

alter table partnership_area add column partnership_id bigint;
update partnership_area set partnership_id = 1;
alter table partnership_area alter column partnership_id set not null;
alter table partnership_area add constraint partnership_area_partnership_fk foreign key (partnership_id) references partnership (id);
create index partnership_area_partnership_ix on partnership_area (partnership_id);

create table partnership_member (
    partnership_id  bigint      not null,
    organisation_id bigint      not null,
    membership      varchar(20) not null,
    constraint partnership_member_pk primary key (partnership_id, organisation_id),
    constraint partnership_member_partnership_fk foreign key (partnership_id) references partnership (id),
    constraint partnership_member_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint partnership_member_membership_ck check (membership in ('FULL', 'ASSOCIATE'))
);
create index partnership_member_organisation_ix on partnership_member (organisation_id);

create table user_account_partnership (
    user_account_id bigint not null,
    partnership_id  bigint not null,
    constraint user_account_partnership_pk primary key (user_account_id, partnership_id),
    constraint user_account_partnership_account_fk foreign key (user_account_id) references user_account (id) on delete cascade,
    constraint user_account_partnership_partnership_fk foreign key (partnership_id) references partnership (id)
);
create index user_account_partnership_partnership_ix on user_account_partnership (partnership_id);
