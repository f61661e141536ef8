package org.learningnetwork.catalogue;

/** What kind of source a course answers to, in the order the catalogue lists them. */
public enum GuidanceKind {
    /** An Act of Parliament or regulations. */
    LEGISLATION,
    /** National guidance or a code of practice. */
    GUIDANCE,
    /** A national or local strategy, such as Equally Safe. */
    STRATEGY,
    /** A local learning review (significant case review) whose findings the course takes up. */
    LEARNING_REVIEW,
    /** An inspection report whose findings the course takes up. */
    INSPECTION
}
