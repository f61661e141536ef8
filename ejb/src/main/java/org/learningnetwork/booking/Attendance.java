package org.learningnetwork.booking;

/** What the facilitator's register says of a confirmed learner. */
public enum Attendance {
    ATTENDED,
    PARTIAL,
    DID_NOT_ATTEND
}
