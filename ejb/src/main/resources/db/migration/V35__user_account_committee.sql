-- A committee viewer sees the figures of their own committees only: the committees each account may read. Accounts
-- that are committee viewers already keep what they could see (every committee) until an administrator narrows it.
create table user_account_committee (
    user_account_id bigint      not null,
    committee_code  varchar(40) not null,
    constraint user_account_committee_pk primary key (user_account_id, committee_code),
    constraint user_account_committee_account_fk foreign key (user_account_id) references user_account (id) on delete cascade,
    constraint user_account_committee_committee_fk foreign key (committee_code) references committee (code)
);
insert into user_account_committee (user_account_id, committee_code)
    select r.user_account_id, c.code from user_account_role r cross join committee c where r.role = 'COMMITTEE';
