package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.learningnetwork.access.Role;

class TrustedDeviceTest {

    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void fiveWrongPasswordsInARowEndTheTrustAndASignInStartsTheCountAgain() {
        TrustedDevice device = new TrustedDevice(new UserAccount("someone", "hash", null, EnumSet.of(Role.LEARNER)), "token-of-the-browser", T);
        for (int i = 0; i < 3; i++) {
            assertTrue(device.failedSignIn());
        }
        device.signedIn(T.plusSeconds(60));
        assertEquals(0, device.getFailedSignIns());
        assertEquals(T.plusSeconds(60), device.getLastUsedAt());
        for (int i = 0; i < 4; i++) {
            assertTrue(device.failedSignIn(), "failure " + (i + 1));
        }
        assertFalse(device.failedSignIn(), "the fifth in a row");
    }
}
