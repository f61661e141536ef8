-- Reference data: council areas and their learning-network regions, protection frameworks with
-- their ranked workforce groups, learning strands and qualifications. Written in SQL that both
-- PostgreSQL and H2 (PostgreSQL mode) accept.

create table learning_network_region (
    id      bigint       primary key,
    name    varchar(100) not null,
    constraint learning_network_region_name_uk unique (name)
);

create table council_area (
    gss_code  varchar(9)   primary key,
    name      varchar(100) not null,
    region_id bigint       not null,
    constraint council_area_name_uk unique (name),
    constraint council_area_region_fk foreign key (region_id) references learning_network_region (id)
);

create table framework (
    code          varchar(30)  primary key,
    name          varchar(200) not null,
    display_order integer      not null
);

create table workforce_group (
    id             bigint        primary key,
    framework_code varchar(30)   not null,
    code           varchar(40)   not null,
    rank           integer       not null,
    name           varchar(100)  not null,
    summary        varchar(1000) not null,
    constraint workforce_group_code_uk unique (framework_code, code),
    constraint workforce_group_rank_uk unique (framework_code, rank),
    constraint workforce_group_framework_fk foreign key (framework_code) references framework (code),
    constraint workforce_group_rank_ck check (rank > 0)
);

create table strand (
    code          varchar(40)  primary key,
    name          varchar(100) not null,
    display_order integer      not null,
    constraint strand_name_uk unique (name)
);

create table qualification (
    code       varchar(30)  primary key,
    name       varchar(200) not null,
    scqf_level integer      not null,
    credits    integer,
    notes      varchar(500),
    constraint qualification_scqf_ck check (scqf_level between 1 and 12)
);
