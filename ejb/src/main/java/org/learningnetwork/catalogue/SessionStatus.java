package org.learningnetwork.catalogue;

/** Where a session is in its life: planned, open for booking, closed, cancelled or delivered. */
public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED,
    CANCELLED,
    DELIVERED;

    /** Whether the learning team sets this status on the session form (the others follow from an action). */
    public boolean isSetByHand() {
        return this == PLANNED || this == OPEN || this == CLOSED;
    }
}
