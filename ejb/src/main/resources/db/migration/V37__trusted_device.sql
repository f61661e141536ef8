-- A browser someone signed in from holds a random token in a cookie; the database keeps its SHA-256 digest. While an
-- account is locked after failed sign-ins, its holder still signs in from such a browser: someone guessing elsewhere
-- cannot keep them out. Five wrong passwords from the browser end its trust. Deleted six months after they were made
-- (the cookie lasts 180 days).
create sequence trusted_device_seq start with 50 increment by 50;

create table trusted_device (
    id              bigint                   primary key,
    user_account_id bigint                   not null,
    token_hash      varchar(64)              not null,
    created_at      timestamp with time zone not null,
    last_used_at    timestamp with time zone not null,
    failed_sign_ins integer                  not null,
    constraint trusted_device_account_fk foreign key (user_account_id) references user_account (id) on delete cascade,
    constraint trusted_device_token_uk unique (token_hash)
);
create index trusted_device_account_ix on trusted_device (user_account_id);

insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (13, 1, 'TRUSTED_DEVICE', 'CREATED', 6, 'DELETE');
