package org.learningnetwork.retention;

/** What starts a record's retention period. */
public enum RetentionTrigger {
    /** The person's last activity: their latest session, booking change, sign-in or change to their record. */
    LAST_ACTIVITY,
    /** The end of the session the record belongs to (course management is then complete). */
    SESSION_END,
    /** When the record was written. */
    CREATED,
    /** When a case closes: a legal hold released, an erasure request decided, a subject access request answered. */
    CLOSED,
    /** When consent was withdrawn (a person left the distribution list). */
    WITHDRAWN,
    /** When a person's part in an action-learning set or community ended: they left it, or it closed. */
    ENDED
}
