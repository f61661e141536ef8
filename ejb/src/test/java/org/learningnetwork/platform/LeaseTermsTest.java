package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LeaseTermsTest {

    @Test
    void theTermIsTheSettingInSecondsOrTwoMinutes() {
        assertEquals(30, LeaseTerms.TERM_SECONDS.get(term("30")));
        assertEquals(5, LeaseTerms.TERM_SECONDS.get(term(" 5 ")));
        assertEquals(120, LeaseTerms.TERM_SECONDS.get(new Properties()));
        assertEquals(120, LeaseTerms.TERM_SECONDS.get(term("4")), "too short to renew in time");
        assertTrue(LeaseTerms.TERM_SECONDS.problem(term("4")).isPresent(), "refused at start-up");
        assertEquals(120, LeaseTerms.TERM_SECONDS.get(term("two minutes")));
        assertEquals(Duration.ofSeconds(40), LeaseTerms.renewEvery(Duration.ofMinutes(2)));
    }

    private static Properties term(String value) {
        Properties settings = new Properties();
        settings.setProperty(LeaseTerms.TERM_SECONDS.name(), value);
        return settings;
    }
}
