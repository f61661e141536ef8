package org.learningnetwork.reference;

/** What kind of qualification it is, for grouping in the workforce-planning report. */
public enum QualificationKind {
    SVQ,
    HNC,
    DEGREE,
    PRACTICE_LEARNING,
    LEADERSHIP,
    POST_QUALIFYING,
    OTHER
}
