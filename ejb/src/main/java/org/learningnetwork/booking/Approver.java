package org.learningnetwork.booking;

import org.learningnetwork.catalogue.Course;
import org.learningnetwork.people.Person;

/**
 * Who decides a request for a place: nobody, on a course that needs no approval (a first-come place is taken at once);
 * the person's line manager; or, for someone with no line manager in the workforce records (none named, or one who
 * has left), the learning team, so that no request waits for a manager who does not exist.
 */
public enum Approver {
    NOBODY,
    LINE_MANAGER,
    LEARNING_TEAM;

    /** Who decides {@code person}'s request for a place on {@code course}. */
    public static Approver of(Course course, Person person) {
        if (!course.isApprovalRequired()) {
            return NOBODY;
        }
        Person manager = person.getLineManager();
        return manager != null && manager.isActive() ? LINE_MANAGER : LEARNING_TEAM;
    }
}
