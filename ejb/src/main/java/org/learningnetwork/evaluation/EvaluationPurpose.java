package org.learningnetwork.evaluation;

/**
 * When a question set is asked: at the end of a course (reaction and learning), at a follow-up (behaviour), or at the
 * checkpoints of an action-learning set's longitudinal study (at joining and months after).
 */
public enum EvaluationPurpose {
    END_OF_COURSE,
    FOLLOW_UP,
    ACTION_LEARNING
}
