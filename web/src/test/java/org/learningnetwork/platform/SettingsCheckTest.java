package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up check: every setting that cannot be used is named, and a name declared twice is a mistake. */
class SettingsCheckTest {

    @Test
    void everyProblemIsNamed() {
        String name = "learningnetwork.test.settings-check";
        Setting<Integer> number = Setting.number(name, 3, 1, 9);
        String before = System.getProperty(name);
        System.setProperty(name, "10");
        try {
            assertEquals(List.of("The setting " + name + " is \"10\", which is not a whole number from 1 to 9",
                            "The setting " + name + " is declared twice",
                            "The setting " + name + " is \"10\", which is not a whole number from 1 to 9"),
                    SettingsCheck.problems(List.of(number, Installation.TIME_ZONE, number)));
            System.setProperty(name, "9");
            assertEquals(List.of(), SettingsCheck.problems(List.of(number, Installation.TIME_ZONE)));
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }
}
