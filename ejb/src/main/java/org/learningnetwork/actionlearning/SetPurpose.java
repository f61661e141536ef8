package org.learningnetwork.actionlearning;

/** What a set is for, as employers use action learning (seed 001). */
public enum SetPurpose {
    /** Part of the support for newly qualified workers in their first year. */
    NEWLY_QUALIFIED,
    /** To deepen supervision and reflective practice. */
    REFLECTIVE_PRACTICE,
    /** To develop supervisors and managers. */
    SUPERVISORS,
    /** A community of practice of programme leads, sharing how they run their programmes. */
    PROGRAMME_LEADS,
    OTHER
}
