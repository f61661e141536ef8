package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseTermsTest {

    @Test
    void theTermIsTheSettingInSecondsOrTwoMinutes() {
        assertEquals(Duration.ofSeconds(30), LeaseTerms.term("30"));
        assertEquals(Duration.ofSeconds(5), LeaseTerms.term(" 5 "));
        assertEquals(Duration.ofMinutes(2), LeaseTerms.term(null));
        assertEquals(Duration.ofMinutes(2), LeaseTerms.term("4"), "too short to renew in time");
        assertEquals(Duration.ofMinutes(2), LeaseTerms.term("two minutes"));
        assertEquals(Duration.ofSeconds(40), LeaseTerms.renewEvery(Duration.ofMinutes(2)));
    }
}
