package org.learningnetwork.catalogue;

/**
 * Where a session is in its life: a draft the learning team has still to publish, planned, open for booking, closed,
 * cancelled or delivered.
 */
public enum SessionStatus {
    /** Not published: in the learning team's schedule only, nowhere public, and nobody can apply. */
    DRAFT,
    PLANNED,
    OPEN,
    CLOSED,
    CANCELLED,
    DELIVERED;

    /** Whether the learning team sets this status on the session form (the others follow from an action). */
    public boolean isSetByHand() {
        return this == DRAFT || this == PLANNED || this == OPEN || this == CLOSED;
    }

    /** Whether the session is shown in the catalogue, on course pages, in calendar feeds and the API. */
    public boolean isPublished() {
        return this != DRAFT;
    }
}
