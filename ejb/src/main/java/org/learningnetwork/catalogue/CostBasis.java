package org.learningnetwork.catalogue;

/** Who pays for a course that is not free (seed 002: costs agreed by the committee, approved by the Chief Officers Group). */
public enum CostBasis {
    /** Each place is charged to the learner's agency. */
    CHARGED,
    /** The partnership commissions it from a provider: free to the learner, a cost to the committee. */
    COMMISSIONED;

    /** Whether the learner's agency is charged for a place (a commissioned course is free to the learner). */
    public boolean chargesLearner() {
        return this == CHARGED;
    }
}
