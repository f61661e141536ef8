-- Sign-ins are audited (success and failure; the account, never what was typed), and the chain's head carries an
-- HMAC-SHA256 signature made with a key that only the server configuration holds (learningnetwork.audit.key), so that
-- someone with write access to the database cannot rewrite the chain unnoticed.
alter table audit_entry drop constraint audit_entry_action_ck;
alter table audit_entry add constraint audit_entry_action_ck check (action in ('VIEWED', 'EXPORTED', 'CREATED', 'CHANGED',
    'DELETED', 'ANONYMISED', 'ERASED', 'REFUSED', 'SIGNED_IN', 'SIGN_IN_FAILED'));
alter table audit_chain add column head_mac varchar(64);
