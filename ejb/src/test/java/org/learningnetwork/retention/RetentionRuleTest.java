package org.learningnetwork.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a retention rule is due on a record: calendar months back in the council's time, at the month-end and the clock change. */
class RetentionRuleTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }

    private static RetentionRule keptFor(int months) {
        RetentionRule rule = new RetentionRule();
        rule.change(RetentionTrigger.values()[0], months, RetentionAction.values()[0]);
        return rule;
    }

    @Test
    void thirtySixMonthsIsTheSameDateThreeYearsBefore() {
        assertEquals(at("2023-12-05T02:30"), keptFor(36).dueBefore(at("2026-12-05T02:30"), UK));
    }

    @Test
    void aDayAShorterMonthLacksIsItsLastDay() {
        assertEquals(at("2026-02-28T02:30"), keptFor(1).dueBefore(at("2026-03-31T02:30"), UK));
        assertEquals(at("2023-02-28T02:30"), keptFor(12).dueBefore(at("2024-02-29T02:30"), UK), "a leap day a year on");
    }

    @Test
    void theClockChangeDoesNotMoveTheTimeOfDay() {
        // 2 April 2026 is summer time (UTC+1); 2 January is not: the cut-off keeps 02:30 local, an hour apart in UTC.
        assertEquals(at("2026-01-02T02:30"), keptFor(3).dueBefore(at("2026-04-02T02:30"), UK));
        assertEquals(Instant.parse("2026-01-02T02:30:00Z"), keptFor(3).dueBefore(Instant.parse("2026-04-02T01:30:00Z"), UK));
    }
}
