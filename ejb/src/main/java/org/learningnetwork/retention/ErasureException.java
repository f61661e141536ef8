package org.learningnetwork.retention;

/** The lawful grounds (UK GDPR Art. 17(3)) on which data may be kept despite an erasure request. */
public enum ErasureException {
    /** To comply with a legal obligation. */
    LEGAL_OBLIGATION,
    /** For a task in the public interest or in the exercise of official authority. */
    PUBLIC_TASK,
    /** For reasons of public interest in public health. */
    PUBLIC_HEALTH,
    /** For archiving in the public interest, research or statistics. */
    ARCHIVING_STATISTICS,
    /** To establish, exercise or defend legal claims. */
    LEGAL_CLAIMS
}
