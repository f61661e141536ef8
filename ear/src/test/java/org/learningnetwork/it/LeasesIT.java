package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.jobs.JobExecutions;
import org.learningnetwork.jobs.JobRunRecord;
import org.learningnetwork.jobs.JobRunRecords;
import org.learningnetwork.jobs.JobRunStatus;
import org.learningnetwork.platform.Lease;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.ServerInstance;
import org.learningnetwork.retention.RetentionSweep;

/**
 * The one claim mechanism for work that runs by itself, against the real database: of several asking at once exactly
 * one gets a lease; another instance's lease is left alone while it is renewed and taken over once it has run out;
 * done work is never taken again; a taking's late release leaves a later taking alone; a night's retention sweep whose
 * instance died part-way is taken over and finished.
 * "Another instance" is a lease row written as a dead or living instance would have left it.
 */
@ExtendWith(ArquillianExtension.class)
class LeasesIT {

    private static final String OTHER = "other-host/other-instance#abcdef";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private Leases leases;

    @Inject
    private RetentionSweep sweep;

    @Inject
    private JobRunRecords records;

    @Inject
    private JobExecutions executions;

    @Inject
    private TestData data;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void ofManyAskingAtOnceForANewLeaseExactlyOneGetsIt() throws Exception {
        String work = work();
        int askers = 8;
        CountDownLatch ready = new CountDownLatch(askers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < askers; i++) {
            answers.add(executor.submit(() -> {
                ready.countDown();
                go.await();
                return leases.acquire(work, "2026-Q2").isPresent();
            }));
        }
        ready.await();
        go.countDown();
        int got = 0;
        for (Future<Boolean> answer : answers) {
            got += answer.get() ? 1 : 0;
        }
        assertEquals(1, got);
        assertEquals(ServerInstance.name(), holder(work, "2026-Q2"));
    }

    @Test
    void aLeaseIsHeldUntilReleasedThenFreeAgain() {
        String work = work();
        Lease lease = leases.acquire(work, Leases.ALONE).orElseThrow();
        assertTrue(leases.acquire(work, Leases.ALONE).isEmpty(), "held, even against this instance's other threads");
        assertTrue(leases.renew(lease));
        leases.release(lease, false);
        assertNull(holder(work, Leases.ALONE));
        assertTrue(leases.acquire(work, Leases.ALONE).isPresent(), "free again");
    }

    /**
     * Work ended on this instance and the same work and key taken again here at once (an HR import's dry run, then its
     * application): the first taking's late release or renewal, from whichever thread, leaves the second alone.
     */
    @Test
    void aLaterTakingOfTheSameLeaseOnThisInstanceIsNotLetGoByTheEarliersRelease() {
        String work = work();
        Lease first = leases.acquire(work, "42").orElseThrow();
        leases.release(first, false);
        Lease second = leases.acquire(work, "42").orElseThrow();
        assertTrue(second.fence() > first.fence());

        leases.release(first, false);
        assertEquals(ServerInstance.name(), holder(work, "42"), "the later taking still holds it");
        assertTrue(leases.acquire(work, "42").isEmpty());
        assertFalse(leases.renew(first), "the earlier taking is not renewed");
        assertTrue(leases.renew(second));
        leases.release(first, true);
        assertFalse(leases.done(work, "42"), "nor marked done by the earlier taking");

        leases.release(second, false);
        assertNull(holder(work, "42"));
    }

    /**
     * A batch job's run ends and the next run of its job and key starts on this instance at once; the first run's
     * bookkeeping arrives late (its listener, or the round that records runs ended unrecorded): the later run keeps its
     * lease, so it neither looks interrupted nor can be started a second time. And a short run that has ended before
     * its start is recorded stays ended.
     */
    @Test
    void aRunsLateBookkeepingLeavesTheNextRunOfItsJobAndKeyAlone() throws Exception {
        String work = work();
        Lease first = leases.acquire(work, "7").orElseThrow();
        long ended = records.begin(work, "7", null, 1, null, first.fence());
        records.ended(ended, List.of(), JobRunStatus.COMPLETED, "CHECKED");
        records.started(ended, 12_345L);
        JobRunRecord run = records.record(ended);
        assertEquals(JobRunStatus.COMPLETED, run.getStatus(), "its end is not overwritten by its start recorded late");
        assertEquals(12_345L, run.getExecutionId());
        assertFalse(records.ended(ended, JobRunStatus.FAILED, null), "recorded as ended already");
        assertEquals(JobRunStatus.COMPLETED, records.record(ended).getStatus());
        leases.release(first, false);

        Lease next = leases.acquire(work, "7").orElseThrow();
        executions.ended(ended, -1L, jakarta.batch.runtime.BatchStatus.COMPLETED, "CHECKED");
        assertEquals(ServerInstance.name(), holder(work, "7"), "the next run's lease is kept");
        assertTrue(leases.acquire(work, "7").isEmpty(), "so the work cannot be started twice");
        assertTrue(leases.renew(next));
        leases.release(next, false);
    }

    @Test
    void anotherInstancesLeaseIsLeftAloneUntilItRunsOutThenTakenOver() {
        String work = work();
        held(work, "2026-12-01", Instant.now().plusSeconds(60));
        AtomicInteger ran = new AtomicInteger();
        assertTrue(leases.acquire(work, "2026-12-01").isEmpty());
        assertTrue(leases.abandoned(work).isEmpty(), "still renewed: not abandoned");
        held(work, Leases.ALONE, Instant.now().plusSeconds(60));
        assertEquals(Optional.empty(), leases.alone(work, ran::incrementAndGet));
        assertEquals(0, ran.get(), "the other instance is at it");

        held(work, "2026-12-01", Instant.now().minusSeconds(1));
        assertEquals(List.of("2026-12-01"), leases.abandoned(work));
        Lease taken = leases.acquire(work, "2026-12-01").orElseThrow();
        assertEquals(ServerInstance.name(), holder(work, "2026-12-01"));
        assertTrue(leases.abandoned(work).isEmpty());

        // The instance that let it run out comes back and tries to renew: it has lost it.
        held(work, Leases.ALONE, Instant.now().minusSeconds(1));
        assertEquals(Optional.of(1), leases.alone(work, ran::incrementAndGet));
        assertNull(holder(work, Leases.ALONE), "released after the work");
        data.execute("update work_lease set holder = ?, expires_at = ? where work_name = ? and run_key = ?", OTHER,
                at(Instant.now().plusSeconds(60)), work, "2026-12-01");
        assertFalse(leases.renew(taken), "taken over again by the other: this instance no longer holds it");
    }

    @Test
    void workDoneIsNeverTakenAgain() {
        String work = work();
        Lease lease = leases.acquire(work, "2026-Q1").orElseThrow();
        leases.release(lease, true);
        assertTrue(leases.done(work, "2026-Q1"));
        assertTrue(leases.acquire(work, "2026-Q1").isEmpty());
        assertTrue(leases.claimOnce(work, "2026-Q2"));
        assertFalse(leases.claimOnce(work, "2026-Q2"));
        assertTrue(leases.done(work, "2026-Q2"));
    }

    @Test
    void aNightsSweepThatAnInstanceStoppedPartWayIsTakenOverAndFinished() {
        LocalDate night = LocalDate.of(1990, 1, 1).plusDays(System.nanoTime() % 3_000);
        // The dead instance had claimed the night and recorded its sweep as running.
        data.execute("insert into work_lease (work_name, run_key, holder, acquired_at, expires_at) values (?, ?, ?, ?, ?)",
                RetentionSweep.WORK, night.toString(), OTHER, at(Instant.now().minusSeconds(600)), at(Instant.now().minusSeconds(1)));
        data.execute("insert into retention_sweep (id, run_key, dry_run, started_at, status, alive_at) values (?, ?, false, ?, 'RUNNING', ?)",
                -(System.nanoTime() % 1_000_000_000L) - 1, "daily:" + night, at(Instant.now().minusSeconds(600)),
                at(Instant.now().minusSeconds(600)));
        assertTrue(sweep.takeOverAbandoned() >= 1);
        assertTrue(leases.done(RetentionSweep.WORK, night.toString()), "the night's sweep is finished here");
        assertNull(holder(RetentionSweep.WORK, night.toString()));
        assertEquals(0, sweep.takeOverAbandoned(), "nothing left to take over");
        assertTrue(sweep.runScheduled(night).isEmpty(), "and the night runs no more");
    }

    private static String work() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Writes the lease as another instance holding it until {@code until} would have left it. */
    private void held(String work, String key, Instant until) {
        if (data.execute("update work_lease set holder = ?, acquired_at = ?, expires_at = ?, done_at = null where work_name = ? and run_key = ?",
                OTHER, at(Instant.now().minusSeconds(300)), at(until), work, key) == 0) {
            data.execute("insert into work_lease (work_name, run_key, holder, acquired_at, expires_at) values (?, ?, ?, ?, ?)",
                    work, key, OTHER, at(Instant.now().minusSeconds(300)), at(until));
        }
    }

    private String holder(String work, String key) {
        List<Object[]> rows = data.query("select holder, done_at from work_lease where work_name = '" + work + "' and run_key = '" + key + "'");
        return rows.isEmpty() ? null : (String) rows.get(0)[0];
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
