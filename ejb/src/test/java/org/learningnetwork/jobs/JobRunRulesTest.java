package org.learningnetwork.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobRunRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");
    private static final String HERE = "host-a/server#aaaaaa";
    private static final String THERE = "host-b/server#bbbbbb";

    @Test
    void aRunGoesOnOnlyWhileItsInstanceHoldsTheLease() {
        assertFalse(JobRunRules.interrupted(JobRunStatus.STARTED, HERE, HERE, NOW.plusSeconds(30), NOW));
        assertFalse(JobRunRules.interrupted(JobRunStatus.STARTING, HERE, HERE, NOW.plusSeconds(30), NOW));
        assertTrue(JobRunRules.interrupted(JobRunStatus.STARTED, HERE, HERE, NOW, NOW), "let run out: its instance died");
        assertTrue(JobRunRules.interrupted(JobRunStatus.STARTED, HERE, null, null, NOW), "released: its instance stopped");
        assertTrue(JobRunRules.interrupted(JobRunStatus.STARTED, HERE, THERE, NOW.plusSeconds(30), NOW), "another instance took it");
        assertFalse(JobRunRules.interrupted(JobRunStatus.COMPLETED, HERE, null, null, NOW), "ended runs are not interrupted");
        assertFalse(JobRunRules.interrupted(JobRunStatus.ABANDONED, HERE, null, null, NOW));
    }

    @Test
    void restartIsOfferedOnlyWhereItCanDoSomething() {
        for (JobRunStatus ended : new JobRunStatus[] {JobRunStatus.FAILED, JobRunStatus.STOPPED, JobRunStatus.ABANDONED}) {
            assertTrue(JobRunRules.restartable(ended, false, true, true), ended.name());
            assertFalse(JobRunRules.restartable(ended, false, false, true), ended + ": a later run followed");
            assertFalse(JobRunRules.restartable(ended, false, true, false), ended + ": its job and key are running");
        }
        assertFalse(JobRunRules.restartable(JobRunStatus.COMPLETED, false, true, true), "completed: nothing to do");
        assertFalse(JobRunRules.restartable(JobRunStatus.STARTED, false, true, false), "going");
        assertTrue(JobRunRules.restartable(JobRunStatus.STARTED, true, true, true), "interrupted, not yet taken over");
    }

    @Test
    void aLeaseIsFreeWhenNobodyHoldsItOrItRanOut() {
        assertTrue(JobRunRules.leaseFree(null, null, NOW));
        assertTrue(JobRunRules.leaseFree(HERE, NOW, NOW));
        assertFalse(JobRunRules.leaseFree(HERE, NOW.plusMillis(1), NOW));
    }
}
