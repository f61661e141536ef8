package org.learningnetwork.evaluation;

/** When a question set is asked: at the end of a course (reaction and learning) or at a follow-up (behaviour). */
public enum EvaluationPurpose {
    END_OF_COURSE,
    FOLLOW_UP
}
