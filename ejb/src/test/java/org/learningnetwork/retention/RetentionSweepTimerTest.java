package org.learningnetwork.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The nightly sweep's time of day (as configured, or 02:30 when unset or not a time), and how its statements list records. */
class RetentionSweepTimerTest {

    @Test
    void aConfiguredTimeIsUsed() {
        assertEquals(LocalTime.of(3, 15), RetentionSettings.SWEEP_AT.get(sweepAt(" 03:15 ")));
    }

    @Test
    void noTimeOrNotATimeMeansHalfPastTwo() {
        assertEquals(LocalTime.of(2, 30), RetentionSettings.SWEEP_AT.get(new Properties()));
        assertEquals(LocalTime.of(2, 30), RetentionSettings.SWEEP_AT.get(sweepAt(" ")));
        assertEquals(LocalTime.of(2, 30), RetentionSettings.SWEEP_AT.get(sweepAt("25:99")));
        assertEquals(LocalTime.of(2, 30), RetentionSettings.SWEEP_AT.get(sweepAt("half past two")));
        assertTrue(RetentionSettings.SWEEP_AT.problem(sweepAt("25:99")).orElseThrow().contains("a time of day such as 02:30"),
                "refused at start-up, named");
    }

    private static Properties sweepAt(String value) {
        Properties settings = new Properties();
        settings.setProperty(RetentionSettings.SWEEP_AT.name(), value);
        return settings;
    }

    @Test
    void placeholdersAreNumberedFromWhereTheQueryHasGotTo() {
        assertEquals("(?4, ?5, ?6)", PersonAnonymiser.placeholders(3, 4));
    }
}
