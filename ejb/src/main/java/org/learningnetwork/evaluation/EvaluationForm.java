package org.learningnetwork.evaluation;

import java.util.List;

/**
 * A request to answer as its form shows it: where it stands and, while open, what to answer. For a link that is not
 * open, only the state (and, where the link is known, the request for its heading).
 */
public record EvaluationForm(State state, EvaluationRequest request, List<FormItem> items) {

    /** Where a request stands for the person following its link. */
    public enum State {
        /** Can be answered now. */
        OPEN,
        /** Already answered: a link works once. */
        ANSWERED,
        /** Past its closing date, or closed by the learning team. */
        CLOSED,
        /** The learner is no longer recorded as having attended (the register was corrected). */
        NOT_ATTENDED,
        /** No such link (mistyped, or not ours). */
        UNKNOWN
    }

    static EvaluationForm of(State state) {
        return new EvaluationForm(state, null, List.of());
    }
}
