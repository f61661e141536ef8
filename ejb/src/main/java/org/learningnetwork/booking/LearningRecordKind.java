package org.learningnetwork.booking;

/** How a learning record came about. */
public enum LearningRecordKind {
    /** Attended a session in full. */
    COMPLETED,
    /** Attended part of a session: CPD hours for the time attended, but the course is not completed. */
    PARTIAL,
    /** A coordinator recorded earlier learning (elsewhere, or before this system) as equivalent to the course. */
    EQUIVALENT;

    /** Whether the record counts as having done the course, for example as a prerequisite. */
    public boolean completes() {
        return this != PARTIAL;
    }
}
