package org.learningnetwork.booking;

/** Where a person's booking on a session stands. */
public enum BookingStatus {
    /** Waiting for the line manager's approval. */
    REQUESTED,
    /** The line manager (or a coordinator for them) said no. */
    DECLINED,
    /** Approved note of interest, waiting for the allocation when the window closes. */
    APPROVED,
    /** Has a place. */
    CONFIRMED,
    /** Approved, no place yet: in the queue for one. */
    WAITLISTED,
    /** Offered a freed place from the waiting list, holding it until the offer expires. */
    OFFERED,
    /** Cancelled by the learner, a coordinator, or with the whole session. */
    CANCELLED;

    /** Whether the booking still counts: the person may not apply for the session again while it does. */
    public boolean isActive() {
        return this != DECLINED && this != CANCELLED;
    }

    /** Whether the booking holds one of the session's places. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == OFFERED;
    }
}
