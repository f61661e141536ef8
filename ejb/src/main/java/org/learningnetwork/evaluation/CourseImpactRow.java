package org.learningnetwork.evaluation;

import java.io.Serializable;
import java.util.List;

/**
 * A course's impact figures with the course's title and, when asked for one course, its learning outcomes as they
 * read now (by position; an outcome removed since is shown by its number).
 */
public record CourseImpactRow(long courseId, String title, List<String> outcomes, CourseImpact impact) implements Serializable {

    public CourseImpactRow {
        outcomes = List.copyOf(outcomes);
    }

    /** The text of the outcome at {@code position}, or none if the course no longer has it. */
    public String outcome(int position) {
        return position >= 0 && position < outcomes.size() ? outcomes.get(position) : null;
    }
}
