package org.learningnetwork.workforce;

/** Where a person is with a qualification. */
public enum QualificationStatus {
    /** Working towards it: started, expected to complete by a date. */
    IN_PROGRESS,
    /** Achieved, on a date, with a reference to the evidence seen. */
    ACHIEVED,
    /** Stopped working towards it. */
    WITHDRAWN
}
