package org.learningnetwork.pathway;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Where a person stands on a learning requirement, from their learning records: the rules of pathways and compliance,
 * with no database. A requirement is met by completing any of the courses it accepts (attending in full, or learning
 * recorded as equivalent by the learning team; attending in part does not count), whether or not the course has since
 * been retired or replaced: the requirement lists the replacement beside the course it replaces. The latest completion
 * counts. With a refresh interval the requirement is due again that many months after it (met up to and including that
 * day, overdue from the next); without one it is met for good. It is due soon from the start of the due-soon window
 * before the day it is due. Requirements belong to roles, not people: a person who changes role keeps what they did,
 * and what the new role requires that they never did is not started.
 */
public final class PathwayRules {

    /**
     * What a requirement asks.
     *
     * @param acceptedCourses the courses that meet it (any one of them)
     * @param refreshMonths months after a completion that it is due again; {@code null} when done once is enough
     */
    public record Requirement(Set<Long> acceptedCourses, Integer refreshMonths) {

        public Requirement {
            acceptedCourses = Set.copyOf(acceptedCourses);
            if (refreshMonths != null && refreshMonths < 1) {
                throw new IllegalArgumentException("A refresh interval is at least one month");
            }
        }
    }

    /**
     * One learning record of the person.
     *
     * @param courseId the course it is a record of
     * @param completedOn the day it was done
     * @param completes whether it completes the course (attending in part does not)
     */
    public record Completion(long courseId, LocalDate completedOn, boolean completes) {
    }

    /**
     * Where the person stands.
     *
     * @param state met, due soon, overdue or not started
     * @param completion the completion that counts; {@code null} when not started
     * @param dueOn the last day the requirement is met, after which it is overdue; {@code null} when not started or when
     *        it never lapses
     */
    public record Standing(PathwayState state, Completion completion, LocalDate dueOn) {

        public static final Standing NOT_STARTED = new Standing(PathwayState.NOT_STARTED, null, null);
    }

    private PathwayRules() {
    }

    /** Where a person with these records stands on the requirement today, with a due-soon window of so many days. */
    public static Standing standing(Requirement requirement, Collection<Completion> records, LocalDate today, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("The due-soon window cannot be negative");
        }
        Optional<Completion> latest = records.stream()
                .filter(Completion::completes)
                .filter(record -> requirement.acceptedCourses().contains(record.courseId()))
                .filter(record -> !record.completedOn().isAfter(today))
                .max(Comparator.comparing(Completion::completedOn));
        if (latest.isEmpty()) {
            return Standing.NOT_STARTED;
        }
        Completion completion = latest.get();
        if (requirement.refreshMonths() == null) {
            return new Standing(PathwayState.MET, completion, null);
        }
        LocalDate dueOn = completion.completedOn().plusMonths(requirement.refreshMonths());
        if (today.isAfter(dueOn)) {
            return new Standing(PathwayState.OVERDUE, completion, dueOn);
        }
        boolean soon = !today.isBefore(dueOn.minusDays(dueSoonDays));
        return new Standing(soon ? PathwayState.DUE_SOON : PathwayState.MET, completion, dueOn);
    }
}
