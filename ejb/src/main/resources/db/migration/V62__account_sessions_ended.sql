-- When the account's holder (a password changed or set by a link) or an administrator last ended the account's
-- signed-in sessions: a session begun before this time no longer goes on, on whichever instance it is held. Empty
-- until that first happens. Kept and erased with the account (and so with the person).

alter table user_account add column sessions_ended_at timestamp with time zone;
