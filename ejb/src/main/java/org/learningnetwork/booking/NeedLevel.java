package org.learningnetwork.booking;

/**
 * How much a learner needs a course, as their line manager states it when approving: it comes first in an
 * allocation's priority. Not stating it ranks after every stated need.
 */
public enum NeedLevel {
    /** Essential for the learner's current role. */
    ESSENTIAL(3),
    /** Would strengthen the learner's current practice. */
    IMPORTANT(2),
    /** Development towards a future role. */
    DEVELOPMENT(1);

    private final int weight;

    NeedLevel(int weight) {
        this.weight = weight;
    }

    /** Higher comes first; a need nobody stated weighs 0. */
    static int weight(NeedLevel level) {
        return level == null ? 0 : level.weight;
    }
}
