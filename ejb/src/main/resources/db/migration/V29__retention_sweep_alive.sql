-- When a sweep last showed it was still at work: a sweep the server stopped during (a crash, a restart) stays
-- 'RUNNING' in the table, and is shown as stopped part-way once it has not moved on for a while.
alter table retention_sweep add column alive_at timestamp with time zone;
update retention_sweep set alive_at = coalesce(finished_at, started_at);
