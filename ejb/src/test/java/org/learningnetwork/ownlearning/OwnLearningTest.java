package org.learningnetwork.ownlearning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnLearningTest {

    private static OwnLearning done(String on, String hours) {
        OwnLearning entry = new OwnLearning();
        entry.setDoneOn(LocalDate.parse(on));
        entry.setHours(new BigDecimal(hours));
        return entry;
    }

    @Test
    void theHoursSinceADayCountThatDayAndLaterOnly() {
        List<OwnLearning> entries = List.of(done("2026-12-01", "1.5"), done("2025-12-07", "2"), done("2025-12-06", "7"));
        assertEquals(new BigDecimal("3.5"), OwnLearning.hoursSince(entries, LocalDate.parse("2025-12-07")));
        assertEquals(BigDecimal.ZERO, OwnLearning.hoursSince(entries, LocalDate.parse("2026-12-02")));
        assertEquals(BigDecimal.ZERO, OwnLearning.hoursSince(List.of(), LocalDate.parse("2025-12-07")));
    }
}
