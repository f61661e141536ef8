package org.learningnetwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Quarter;

/** What the dashboard, downloads and report packs show of a breakdown with an agency of one learner. */
class KpiTablesTest {

    private static KpiTables.Indicator indicator(String key) {
        return KpiTables.HEADLINE.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static KpiFigure agency(String key, int people) {
        KpiFigure figure = new KpiFigure(new KpiFigureKey(new Quarter(2026, 1), "CHILD_PROTECTION_COMMITTEE", KpiDimension.AGENCY, key));
        figure.addBookings(people, people, 0, 0, 0, 0, 0);
        figure.reached(people, 1);
        figure.addTrainingHours(BigDecimal.valueOf(3L * people));
        figure.addEvaluations(people, people);
        figure.addAnswers(4 * people, people, people, people, people, people, 0, 0);
        return figure;
    }

    @Test
    void figuresAboutOneLearnerAreNotShownAndTheNextSmallestAgencyIsWithheld() {
        KpiFigure one = agency("1", 1);
        KpiFigure nine = agency("2", 9);
        KpiFigure forty = agency("3", 40);
        KpiTables.protect(List.of(one, nine, forty));

        assertEquals("fewer than 5", indicator("attendanceRate").text(one));
        assertEquals("fewer than 5", indicator("meanSatisfaction").text(one));
        assertEquals("fewer than 5", indicator("uniqueLearners").cell(one));
        assertNull(indicator("meanSatisfaction").number(one), "no bar in a chart");
        assertEquals("withheld", indicator("meanSatisfaction").text(nine), "else the committee's total less the others gives it away");
        assertEquals("withheld", indicator("bookings").cell(nine));
        assertEquals("4", indicator("meanSatisfaction").text(forty));
        assertEquals(40, indicator("bookings").cell(forty));
        assertEquals("no data", indicator("managersPracticeChanged").text(one), "nobody asked: nothing to hide");
    }

    @Test
    void figuresAboutSessionsAndAgenciesAreAlwaysShown() {
        KpiFigure committee = new KpiFigure(new KpiFigureKey(new Quarter(2026, 1), "MAPPA_GROUP", KpiDimension.ALL, "ALL"));
        committee.addSessions(1, 12);
        committee.addBookings(2, 2, 0, 0, 0, 0, 0);
        committee.reached(2, 2);
        assertEquals("1", indicator("sessionsDelivered").text(committee));
        assertEquals("12", indicator("placesOffered").text(committee));
        assertEquals("2", indicator("uniqueAgencies").text(committee));
        assertEquals("fewer than 5", indicator("bookings").text(committee));
        assertEquals("fewer than 5", indicator("fillRate").text(committee), "the fill rate and the places would give the bookings away");
    }
}
