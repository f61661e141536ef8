package org.learningnetwork.booking;

import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Who may apply for a session, and what is only a warning. The facts are read by the services (some need the
 * database); the rules are here, the same for an application, a booking on someone's behalf and a named list.
 */
public final class BookingRules {

    /**
     * What is known about one person and one session when they apply.
     *
     * @param open the session takes applications now (its booking window is open and it is not cancelled)
     * @param started the session has started
     * @param courseRetired the course is retired
     * @param costApproved the course is free, or its cost was agreed by the committee and approved by the Chief Officers Group
     * @param personActive the person is still in the workforce
     * @param inPartnership the person's organisation works in or serves one of the partnership's council areas
     * @param prerequisitesMet the person completed every prerequisite (or had it recorded as equivalent)
     * @param alreadyBooked the person has a booking on the session that still counts
     */
    public record Applicant(boolean open, boolean started, boolean courseRetired, boolean costApproved, boolean personActive,
            boolean inPartnership,
            boolean prerequisitesMet, boolean alreadyBooked) {
    }

    private BookingRules() {
    }

    /** Every reason the person may not apply, in the order people read them; none when they may. */
    public static List<Problem> problems(Applicant applicant) {
        List<Problem> problems = new ArrayList<>();
        if (!applicant.open()) {
            problems.add(new Problem(null, applicant.started() ? "booking.session.past" : "booking.session.notOpen"));
        }
        if (applicant.courseRetired()) {
            problems.add(new Problem(null, "booking.course.retired"));
        }
        if (!applicant.costApproved()) {
            problems.add(new Problem(null, "booking.cost.notApproved"));
        }
        if (!applicant.personActive()) {
            problems.add(new Problem(null, "booking.person.inactive"));
        }
        if (!applicant.inPartnership()) {
            problems.add(new Problem(null, "booking.notEligible"));
        }
        if (!applicant.prerequisitesMet()) {
            problems.add(new Problem(null, "booking.prerequisites"));
        }
        if (applicant.alreadyBooked()) {
            problems.add(new Problem(null, "booking.already"));
        }
        return problems;
    }

    /**
     * Whether the course is aimed at one of the person's workforce groups. A course for other groups is not refused:
     * the learner is warned and confirms, and the booking records the mismatch.
     */
    public static boolean suitsGroup(Course course, Person person) {
        for (WorkforceGroup group : course.getTargetGroups()) {
            if (person.workforceGroupIn(group.getFramework()).filter(group::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
