-- Accounts are given by invitation: the invited person sets their own password by a link sent to their work e-mail,
-- so an account may have no password yet. The same kind of link resets a forgotten password and gives the first
-- administrator of a new installation their password. Only the SHA-256 digest of a link's token is kept; a link works
-- once and until it expires. Links are deleted three months after they were made.
alter table user_account alter column password_hash drop not null;

create sequence account_link_seq start with 50 increment by 50;

create table account_link (
    id              bigint                   primary key,
    user_account_id bigint                   not null,
    purpose         varchar(20)              not null,
    token_hash      varchar(64)              not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone,
    constraint account_link_account_fk foreign key (user_account_id) references user_account (id) on delete cascade,
    constraint account_link_token_uk unique (token_hash),
    constraint account_link_purpose_ck check (purpose in ('INVITATION', 'RESET', 'FIRST_ADMINISTRATOR'))
);
create index account_link_account_ix on account_link (user_account_id);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (12, 1, 'ACCOUNT_LINK', 'CREATED', 3, 'DELETE');
