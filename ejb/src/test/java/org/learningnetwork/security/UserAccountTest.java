package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.access.Role;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final UserAccount account = new UserAccount("  Some.One ", "hash", null, EnumSet.of(Role.LEARNER));

    @Test
    void changingRolesKeepsTheCommitteesPassedFromTheAccountItself() {
        UserAccount viewer = new UserAccount("viewer", null, null, java.util.Set.of(Role.COMMITTEE));
        viewer.readCommittee("CHILD_PROTECTION_COMMITTEE");
        viewer.changeRoles(java.util.Set.of(Role.COMMITTEE, Role.ADMIN), viewer.getCommittees(), viewer.getPartnerships());
        assertEquals(java.util.Set.of("CHILD_PROTECTION_COMMITTEE"), viewer.getCommittees());
    }

    @Test
    void usernamesAreStoredTrimmedAndInLowerCase() {
        assertEquals("some.one", account.getUsername());
    }

    @Test
    void theFifthFailureInARowLocksTheAccountForTheLockTime() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOW, 5, LOCK);
        }
        assertFalse(account.isLockedAt(NOW));
        account.recordFailedSignIn(NOW, 5, LOCK);
        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(NOW.plus(LOCK).minusSeconds(1)));
        assertFalse(account.isLockedAt(NOW.plus(LOCK)));
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        account.recordFailedSignIn(NOW, 5, LOCK);
        account.recordFailedSignIn(NOW, 5, LOCK);
        account.recordSignIn(NOW);
        assertEquals(0, account.getFailedSignIns());
        assertEquals(NOW, account.getLastSignInAt());
    }

    @Test
    void endingSessionsRecordsTheLatestTimeAndNeverMovesBack() {
        assertNull(account.getSessionsEndedAt());
        account.endSessions(NOW);
        assertEquals(NOW, account.getSessionsEndedAt());
        account.endSessions(NOW.minusSeconds(5));
        assertEquals(NOW, account.getSessionsEndedAt());
        account.endSessions(NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(5), account.getSessionsEndedAt());
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW, 5, LOCK);
        }
        Instant later = NOW.plus(LOCK).plusSeconds(1);
        account.recordFailedSignIn(later, 5, LOCK);
        assertEquals(1, account.getFailedSignIns());
        assertFalse(account.isLockedAt(later));
    }

    @Test
    void anAdministratorCanUnlock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW, 5, LOCK);
        }
        account.unlock();
        assertFalse(account.isLockedAt(NOW));
        assertNull(account.getLockedUntil());
    }

    @Test
    void anAccountHoldsAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("x", "hash", null, Set.of()));
    }
}
