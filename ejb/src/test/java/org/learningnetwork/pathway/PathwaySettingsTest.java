package org.learningnetwork.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PathwaySettingsTest {

    @Test
    void theReminderHoursAreAnHourFieldOfACalendarTimer() {
        for (String hours : new String[] {"7", "07", "0", "23", "7,19", "6-18", "6-9,17", "*"}) {
            assertEquals(hours, PathwaySettings.hours(hours));
        }
        for (String wrong : new String[] {"24", "-1", "seven", "7,", "*/2", "", "7 19"}) {
            assertThrows(IllegalArgumentException.class, () -> PathwaySettings.hours(wrong), wrong);
        }
    }
}
