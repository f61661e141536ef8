package org.learningnetwork.catalogue;

/** Where a session is in its life: planned, open for booking, closed, cancelled or delivered. */
public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED,
    CANCELLED,
    DELIVERED
}
