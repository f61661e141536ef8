-- The audit log: who viewed, exported, changed or erased personal data, and every administrative change.
-- Append-only and tamper-evident: entries are numbered without gaps, and each carries a SHA-256 hash of its own
-- content chained to the previous entry's hash, so that a changed, removed or inserted row breaks the chain.
-- An entry holds no personal data: the actor is an account id, the target a record type and id, and the detail
-- a code from the application, never free text.

create table audit_entry (
    id               bigint                   primary key,
    occurred_at      timestamp with time zone not null,
    actor_account_id bigint,
    action           varchar(20)              not null,
    target_type      varchar(40)              not null,
    target_id        bigint,
    detail           varchar(100),
    previous_hash    varchar(64)              not null,
    hash             varchar(64)              not null,
    constraint audit_entry_action_ck check (action in ('VIEWED', 'EXPORTED', 'CREATED', 'CHANGED', 'DELETED',
        'ANONYMISED', 'ERASED', 'REFUSED')),
    constraint audit_entry_id_ck check (id > 0)
);
create index audit_entry_target_ix on audit_entry (target_type, target_id);
create index audit_entry_occurred_ix on audit_entry (occurred_at);

-- The chain's one head row: the last entry appended (locked while an entry is appended, so entries are added
-- one after another), and where the chain starts (after old entries are removed by their retention rule, the
-- first kept entry's previous hash is recorded here).
create table audit_chain (
    id                  integer     primary key,
    first_id            bigint      not null,
    first_previous_hash varchar(64) not null,
    last_id             bigint      not null,
    last_hash           varchar(64) not null,
    constraint audit_chain_one_ck check (id = 1)
);
insert into audit_chain (id, first_id, first_previous_hash, last_id, last_hash)
values (1, 1, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');
