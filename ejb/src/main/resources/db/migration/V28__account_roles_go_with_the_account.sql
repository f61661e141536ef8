-- An account's roles are removed with the account (anonymisation removes sign-in accounts a batch at a time):
-- the database's foreign key check on each removed account becomes the removal of its roles, instead of a
-- separate statement that PostgreSQL answers by reading every role of every account.
alter table user_account_role drop constraint user_account_role_account_fk;
alter table user_account_role add constraint user_account_role_account_fk foreign key (user_account_id)
    references user_account (id) on delete cascade;
