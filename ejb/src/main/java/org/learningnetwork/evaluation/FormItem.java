package org.learningnetwork.evaluation;

/**
 * One thing to answer on a form: a question, and for a confidence question one of the course's learning outcomes
 * ({@code outcome} its position, {@code outcomeText} its words; both {@code null} otherwise, or for a course that
 * lists none).
 */
public record FormItem(Question question, Integer outcome, String outcomeText) implements java.io.Serializable {
}
