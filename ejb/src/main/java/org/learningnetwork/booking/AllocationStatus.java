package org.learningnetwork.booking;

/** Where an allocation stands. */
public enum AllocationStatus {
    /** Run, for the learning team to check and adjust; nobody's booking has changed yet. */
    DRAFT,
    /** Confirmed: the placed have their places, the rest are on the waiting list in its order. */
    CONFIRMED,
    /** Replaced by a later run before it was confirmed. */
    SUPERSEDED
}
