package org.learningnetwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Quarter;

/**
 * How facts about courses count for committees and breakdowns, on hand-made data: committee A covers strands X and Y,
 * B covers Y, C covers Z. Course 1 is in X and Y, course 2 in Y, course 3 in a strand no committee covers.
 */
class KpiTallyTest {

    private static final Quarter QUARTER = new Quarter(2026, 1);

    private static KpiTally tally() {
        return new KpiTally(QUARTER, List.of("A", "B", "C"), List.of(new KpiTally.Cover("A", 1, "X"), new KpiTally.Cover("A", 1, "Y"),
                new KpiTally.Cover("A", 2, "Y"), new KpiTally.Cover("B", 1, "Y"), new KpiTally.Cover("B", 2, "Y")));
    }

    private static Map<String, KpiFigure> byKey(List<KpiFigure> figures) {
        return figures.stream().collect(Collectors.toMap(f -> f.getId().getCommittee() + "/" + f.getId().getDimension() + "/" + f.getId().getKey(),
                f -> f, (a, b) -> {
                    throw new AssertionError("two rows for " + a.getId());
                }, LinkedHashMap::new));
    }

    @Test
    void aPersonIsReachedOnceARowHoweverManyCoursesAndGroupsLeadThere() {
        KpiTally tally = tally();
        // P (agency 10, groups 100 and 200): one place on course 1, attended; two on course 2, one attended, one not.
        Map<Long, KpiTally.Bookings> p = new LinkedHashMap<>();
        p.put(1L, new KpiTally.Bookings(1, 1, 0, 0, 0, 0, 1, 2000));
        p.put(2L, new KpiTally.Bookings(2, 1, 0, 1, 0, 0, 1, 3000));
        p.put(3L, new KpiTally.Bookings(5, 5, 0, 0, 0, 0, 5, 9999));
        tally.bookings(10, List.of(100L, 200L), p);
        // R (agency 11, no workforce group): waiting for course 2, and a late cancellation there.
        tally.bookings(11, List.of(), Map.of(2L, new KpiTally.Bookings(0, 0, 0, 0, 1, 1, 0, 0)));
        Map<String, KpiFigure> rows = byKey(tally.figures());

        KpiFigure a = rows.get("A/ALL/ALL");
        assertEquals(List.of(3, 2, 1, 1, 1, 5000L), List.of(a.getBookings(), a.getAttended(), a.getDidNotAttend(), a.getWaitlisted(),
                a.getLateCancellations(), a.getCostPence()), "course 3 counts nowhere");
        assertEquals(1, a.getUniqueLearners(), "P once, for two courses");
        assertEquals(1, a.getUniqueAgencies());
        assertEquals(List.of(1, 1), List.of(rows.get("A/STRAND/X").getBookings(), rows.get("A/STRAND/X").getUniqueLearners()));
        assertEquals(List.of(3, 1, 1), List.of(rows.get("A/STRAND/Y").getBookings(), rows.get("A/STRAND/Y").getUniqueLearners(),
                rows.get("A/STRAND/Y").getWaitlisted()), "course 1 counts in both its strands");
        assertEquals(List.of(3, 1), List.of(rows.get("B/ALL/ALL").getBookings(), rows.get("B/ALL/ALL").getUniqueLearners()),
                "B covers course 1 through strand Y");
        assertFalse(rows.containsKey("B/STRAND/X"), "B does not cover X");
        for (String group : List.of("A/GROUP/100", "A/GROUP/200", "B/GROUP/100")) {
            assertEquals(List.of(3, 1, 1), List.of(rows.get(group).getBookings(), rows.get(group).getUniqueLearners(),
                    rows.get(group).getUniqueAgencies()), group + ": each of P's workforce groups");
        }
        assertEquals(List.of(0, 1, 0), List.of(rows.get("A/AGENCY/11").getBookings(), rows.get("A/AGENCY/11").getWaitlisted(),
                rows.get("A/AGENCY/11").getUniqueLearners()), "R's agency: waiting, nobody reached");
        assertEquals(1, rows.get("A/AGENCY/10").getUniqueLearners());

        KpiFigure c = rows.get("C/ALL/ALL");
        assertEquals(0, c.getBookings(), "every committee has its headline row");
        assertEquals(Set.of("C/ALL/ALL"), rows.keySet().stream().filter(k -> k.startsWith("C/")).collect(Collectors.toSet()));
        assertTrue(tally.covers(1));
        assertFalse(tally.covers(3));
    }

    @Test
    void agenciesReachedAreCountedOnceARow() {
        KpiTally tally = tally();
        KpiTally.Bookings attended = new KpiTally.Bookings(1, 1, 0, 0, 0, 0, 1, 0);
        KpiTally.Bookings absent = new KpiTally.Bookings(1, 0, 0, 1, 0, 0, 0, 0);
        tally.bookings(10, List.of(100L), Map.of(1L, attended));
        tally.bookings(10, List.of(200L), Map.of(2L, attended));
        tally.bookings(11, List.of(100L), Map.of(1L, attended));
        tally.bookings(12, List.of(100L), Map.of(1L, absent));
        Map<String, KpiFigure> rows = byKey(tally.figures());
        assertEquals(List.of(4, 3, 2), List.of(rows.get("A/ALL/ALL").getBookings(), rows.get("A/ALL/ALL").getUniqueLearners(),
                rows.get("A/ALL/ALL").getUniqueAgencies()), "agency 12 only missed its place");
        assertEquals(List.of(3, 2, 2), List.of(rows.get("A/GROUP/100").getBookings(), rows.get("A/GROUP/100").getUniqueLearners(),
                rows.get("A/GROUP/100").getUniqueAgencies()));
        assertEquals(List.of(2, 2), List.of(rows.get("A/STRAND/X").getUniqueLearners(), rows.get("A/STRAND/X").getUniqueAgencies()),
                "course 1's learners: two, of agencies 10 and 11");
    }

    @Test
    void aFactCountsInEveryBreakdownItCanAndSessionsOnlyInHeadlineAndStrandRows() {
        KpiTally tally = tally();
        tally.eachHeadline(f -> f.addSessions(0, 0));
        tally.each(2, KpiDimension.ALL, null, f -> f.addSessions(2, 40));
        tally.each(2, KpiDimension.STRAND, null, f -> f.addSessions(2, 40));
        tally.everywhere(1, 10L, null, f -> f.addAnswers(9, 2, 0, 0, 0, 0, 0, 0));
        tally.everywhere(3, 10L, 100L, f -> f.addAnswers(100, 100, 0, 0, 0, 0, 0, 0));
        Map<String, KpiFigure> rows = byKey(tally.figures());

        assertEquals(Optional.of(0), Optional.ofNullable(rows.get("C/ALL/ALL").getSessionsDelivered()), "none, not unknown");
        assertEquals(List.of(2, 40), List.of(rows.get("A/ALL/ALL").getSessionsDelivered(), rows.get("A/ALL/ALL").getPlacesOffered()));
        assertNull(rows.get("A/STRAND/X").getSessionsDelivered(), "no session of strand X, so no session figures");
        assertNull(rows.get("A/AGENCY/10").getSessionsDelivered(), "sessions are not broken down by agency");
        assertEquals(Set.of("A/ALL/ALL", "A/STRAND/X", "A/STRAND/Y", "A/AGENCY/10", "B/ALL/ALL", "B/STRAND/Y", "B/AGENCY/10"),
                rows.entrySet().stream().filter(e -> e.getValue().getMeanSatisfaction() != null).map(Map.Entry::getKey).collect(Collectors.toSet()),
                "an answer without a workforce group counts in no group's row");
        assertEquals("4.5", rows.get("B/AGENCY/10").getMeanSatisfaction().toPlainString());
    }

    @Test
    void aRequirementCountsOnceARowHoweverManyOfItsCoursesLeadThereAndAPersonOnce() {
        KpiTally tally = tally();
        // P (agency 10, group 100): a requirement met by course 1 or 2, up to date; another only course 2, lapsed;
        // a third only course 3, which no committee covers.
        tally.pathways(10, List.of(100L), List.of(new KpiTally.Requirement(List.of(1L, 2L), true),
                new KpiTally.Requirement(List.of(2L), false), new KpiTally.Requirement(List.of(3L), false)));
        // Q (agency 11, no group): the first requirement, never done.
        tally.pathways(11, List.of(), List.of(new KpiTally.Requirement(List.of(1L, 2L), false)));
        Map<String, KpiFigure> rows = byKey(tally.figures());

        KpiFigure a = rows.get("A/ALL/ALL");
        assertEquals(List.of(3, 1, 2), List.of(a.getPathwayRequired(), a.getPathwayMet(), a.getPathwayPeople()));
        assertEquals(new java.math.BigDecimal("33.3"), a.getPathwayCompliance());
        assertEquals(List.of(2, 1, 2), List.of(rows.get("A/STRAND/X").getPathwayRequired(), rows.get("A/STRAND/X").getPathwayMet(),
                rows.get("A/STRAND/X").getPathwayPeople()), "only the first requirement reaches X, through course 1");
        assertEquals(List.of(2, 1, 1), List.of(rows.get("A/GROUP/100").getPathwayRequired(), rows.get("A/GROUP/100").getPathwayMet(),
                rows.get("A/GROUP/100").getPathwayPeople()));
        assertEquals(List.of(1, 0, 1), List.of(rows.get("B/AGENCY/11").getPathwayRequired(), rows.get("B/AGENCY/11").getPathwayMet(),
                rows.get("B/AGENCY/11").getPathwayPeople()));
        assertNull(rows.get("C/ALL/ALL").getPathwayCompliance(), "nothing required: no figure, not 0%");
    }
}
