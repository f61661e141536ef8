package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A setting's value, its default, and what the start-up check says of a value it cannot use. */
class SettingTest {

    private static Properties set(String name, String value) {
        Properties settings = new Properties();
        settings.setProperty(name, value);
        return settings;
    }

    @Test
    void aNumberInItsRangeIsUsedTrimmed() {
        Setting<Integer> days = Setting.number("test.days", 7, 1, 60);
        assertEquals(30, days.get(set("test.days", " 30 ")));
        assertEquals(Optional.empty(), days.problem(set("test.days", "30")));
    }

    @Test
    void unsetOrBlankIsTheDefaultAndNoProblem() {
        Setting<Integer> days = Setting.number("test.days", 7, 1, 60);
        assertEquals(7, days.get(new Properties()));
        assertEquals(7, days.get(set("test.days", "  ")));
        assertEquals(Optional.empty(), days.problem(set("test.days", "  ")));
    }

    @Test
    void aValueThatCannotBeUsedIsNamedWithWhatItTakes() {
        Setting<Integer> days = Setting.number("test.days", 7, 1, 60);
        assertEquals(Optional.of("The setting test.days is \"61\", which is not a whole number from 1 to 60"),
                days.problem(set("test.days", "61")));
        assertEquals(Optional.of("The setting test.days is \"a week\", which is not a whole number from 1 to 60"),
                days.problem(set("test.days", "a week")));
        assertEquals(7, days.get(set("test.days", "a week")), "read while running: the default");
        assertEquals(Optional.of("The setting test.count is \"0\", which is not a whole number of at least 1"),
                Setting.number("test.count", 5, 1, Integer.MAX_VALUE).problem(set("test.count", "0")));
    }

    @Test
    void aSecretIsNeverWritten() {
        Setting<String> key = Setting.of("test.key", null, "a key of at least 32 characters", value -> {
            if (value.length() < 32) {
                throw new IllegalArgumentException("too short");
            }
            return value;
        }).secret();
        String problem = key.problem(set("test.key", "hunter2")).orElseThrow();
        assertFalse(problem.contains("hunter2"), problem);
        assertEquals("The setting test.key is set to a value that is not a key of at least 32 characters", problem);
        assertNull(key.get(new Properties()), "no default");
    }

    @Test
    void flagsChoicesZonesAndAddresses() {
        Setting<Boolean> flag = Setting.flag("test.flag", false);
        assertTrue(flag.get(set("test.flag", "TRUE")));
        assertTrue(flag.problem(set("test.flag", "yes")).isPresent(), "only true or false");
        assertNull(Setting.flag("test.flag", null).get(new Properties()), "no default: decided elsewhere");

        Setting<String> apply = Setting.choice("test.apply", "never", "never", "clean");
        assertEquals("clean", apply.get(set("test.apply", "Clean")));
        assertEquals(Optional.of("The setting test.apply is \"always\", which is not one of never, clean"),
                apply.problem(set("test.apply", "always")));

        Setting<ZoneId> zone = Setting.zone("test.zone", "Europe/London");
        assertEquals(ZoneId.of("Europe/Dublin"), zone.get(set("test.zone", "Europe/Dublin")));
        assertTrue(zone.problem(set("test.zone", "Scotland")).isPresent());

        Setting<String> address = Setting.address("test.url", "http://localhost:8080/learning");
        assertEquals("https://learning.council.gov.uk/learning", address.get(set("test.url", "https://learning.council.gov.uk/learning//")));
        assertTrue(address.problem(set("test.url", "learning.council.gov.uk")).isPresent(), "no scheme");
        assertTrue(address.problem(set("test.url", "ftp://learning.council.gov.uk")).isPresent());
    }

    @Test
    void theInstallationsDefaults() {
        assertEquals("http://localhost:8080/learning", Installation.BASE_URL.get(new Properties()));
        assertEquals(ZoneId.of("Europe/London"), Installation.TIME_ZONE.get(new Properties()));
        assertEquals(ZoneId.of("Europe/Dublin"), Installation.TIME_ZONE.get(set("learningnetwork.time-zone", "Europe/Dublin")));
    }

    @Test
    void aGroupNestedInAClassHasItsSettings() {
        assertEquals(java.util.List.of(Installation.BASE_URL, Installation.TIME_ZONE), new Installation.Settings().settings());
        assertEquals(java.util.List.of(LeaseTerms.TERM_SECONDS), SettingGroup.declaredIn(LeaseTerms.class));
    }

    @Test
    void hoursAreTheHourFieldOfACalendarTimer() {
        Setting<String> hours = Setting.hours("test.hours", "7");
        for (String value : new String[] {"7", "07", "0", "23", "7,19", "6-18", "6-9,17", "*"}) {
            assertEquals(value, hours.get(set("test.hours", value)), value);
        }
        for (String wrong : new String[] {"24", "-1", "seven", "7,", "*/2", "7 19"}) {
            assertTrue(hours.problem(set("test.hours", wrong)).isPresent(), wrong);
            assertEquals("7", hours.get(set("test.hours", wrong)), wrong);
        }
    }

    @Test
    void minutesAreTheMinuteFieldOfACalendarTimer() {
        Setting<String> minutes = Setting.minutes("test.minutes", "23");
        for (String value : new String[] {"7", "07", "0", "59", "0,30", "0-59", "5-10,40", "*", "*/15", "*/1"}) {
            assertEquals(value, minutes.get(set("test.minutes", value)), value);
        }
        for (String wrong : new String[] {"60", "-1", "seven", "7,", "*/0", "*/60", "5/10", "7 19"}) {
            assertTrue(minutes.problem(set("test.minutes", wrong)).isPresent(), wrong);
            assertEquals("23", minutes.get(set("test.minutes", wrong)), wrong);
        }
    }
}
