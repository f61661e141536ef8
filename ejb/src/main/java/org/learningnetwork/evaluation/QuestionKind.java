package org.learningnetwork.evaluation;

/** How a question is answered. */
public enum QuestionKind {
    /** A statement rated on a five-point scale from strongly disagree (1) to strongly agree (5). */
    LIKERT,
    YES_NO,
    FREE_TEXT,
    /**
     * For each of the course's learning outcomes, the respondent's confidence before the course (looking back) and
     * now, each from not at all (1) to very (5) confident.
     */
    CONFIDENCE,
    /** Any of a list of options (the question's {@code options}). */
    CHOICE
}
