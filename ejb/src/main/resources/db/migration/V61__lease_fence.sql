-- Each taking of a lease counts up its fence, and a batch job's run records the fence it was started under. Renewing
-- and releasing a lease name the fence, so that a run that has ended (or its late bookkeeping) can no longer let go
-- of the lease a later run of the same job and key has taken on the same instance: that later run would have looked
-- interrupted while it went on, and could have been started a second time. Leases held and runs going at the upgrade
-- keep fence 0 and so still match.

alter table work_lease add column fence bigint default 0 not null;

alter table job_run add column lease_fence bigint default 0 not null;

-- A run's id is taken one at a time from the sequence, so that the latest run of a job and key is the one with the
-- highest id whichever instance started it (with blocks of 50 per instance a later run on one instance could have a
-- lower id than an earlier one on another).
alter sequence job_run_seq increment by 1;
