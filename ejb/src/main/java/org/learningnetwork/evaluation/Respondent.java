package org.learningnetwork.evaluation;

/** Who answers a question set: the learner, or (at a follow-up) the learner's line manager. */
public enum Respondent {
    LEARNER,
    MANAGER
}
