package org.learningnetwork.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The nightly sweep's time of day (as configured, or 02:30 when unset or not a time), and how its statements list records. */
class RetentionSweepTimerTest {

    @Test
    void aConfiguredTimeIsUsed() {
        assertEquals(LocalTime.of(3, 15), RetentionSweepTimer.sweepAt(" 03:15 "));
    }

    @Test
    void noTimeOrNotATimeMeansHalfPastTwo() {
        assertEquals(LocalTime.of(2, 30), RetentionSweepTimer.sweepAt(null));
        assertEquals(LocalTime.of(2, 30), RetentionSweepTimer.sweepAt(" "));
        assertEquals(LocalTime.of(2, 30), RetentionSweepTimer.sweepAt("25:99"));
        assertEquals(LocalTime.of(2, 30), RetentionSweepTimer.sweepAt("half past two"));
    }

    @Test
    void placeholdersAreNumberedFromWhereTheQueryHasGotTo() {
        assertEquals("(?4, ?5, ?6)", PersonAnonymiser.placeholders(3, 4));
    }
}
