package org.learningnetwork.booking;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How a learning record came about. */
public enum LearningRecordKind {
    /** Attended a session in full. */
    COMPLETED,
    /** Attended part of a session: CPD hours for the time attended, but the course is not completed. */
    PARTIAL,
    /** A coordinator recorded earlier learning (elsewhere, or before this system) as equivalent to the course. */
    EQUIVALENT,
    /** Did self-guided learning that completes its course (an e-learning module, a briefing that is the course). */
    SELF_GUIDED,
    /** Did self-guided learning that goes with a course: CPD hours, but the course is not completed. */
    RESOURCE;

    /** The kinds that count as having done the course, for prerequisites, pathways and the learning record. */
    public static final List<LearningRecordKind> COMPLETING = Arrays.stream(values()).filter(LearningRecordKind::completes).toList();

    /** {@link #COMPLETING} as an SQL list of literals, for native queries: {@code ('COMPLETED', ...)}. */
    public static final String COMPLETING_SQL = COMPLETING.stream().map(k -> "'" + k.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** Whether the record counts as having done the course, for example as a prerequisite. */
    public boolean completes() {
        return this != PARTIAL && this != RESOURCE;
    }

    /** Whether the record is of self-guided learning (a resource done). */
    public boolean selfGuided() {
        return this == SELF_GUIDED || this == RESOURCE;
    }
}
