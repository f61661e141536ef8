package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.booking.BookingRules.Applicant;
import org.learningnetwork.platform.RejectedException.Problem;

/** Who may apply: every reason given at once, in reading order; a session not yet open and one past differ. */
class BookingRulesTest {

    private static List<String> keys(Applicant applicant) {
        return BookingRules.problems(applicant).stream().map(Problem::messageKey).toList();
    }

    @Test
    void anApplicantWithNothingAgainstThemMayApply() {
        assertEquals(List.of(), keys(new Applicant(true, false, false, true, true, true, true, false)));
    }

    @Test
    void everyReasonIsGivenInReadingOrder() {
        assertEquals(List.of("booking.session.notOpen", "booking.course.retired", "booking.cost.notApproved", "booking.person.inactive", "booking.notEligible",
                "booking.prerequisites", "booking.already"), keys(new Applicant(false, false, true, false, false, false, false, true)));
    }

    @Test
    void aClosedWindowIsNotOpenYetOrPast() {
        assertEquals(List.of("booking.session.notOpen"), keys(new Applicant(false, false, false, true, true, true, true, false)));
        assertEquals(List.of("booking.session.past"), keys(new Applicant(false, true, false, true, true, true, true, false)));
    }
}
