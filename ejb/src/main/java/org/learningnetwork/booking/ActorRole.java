package org.learningnetwork.booking;

/** In what capacity someone changed a booking. */
public enum ActorRole {
    LEARNER,
    MANAGER,
    /** A line manager without an account, through the signed link sent to them. */
    MANAGER_LINK,
    COORDINATOR,
    /** A facilitator of the session, taking its register. */
    FACILITATOR,
    /** The application itself: a timer, an allocation, a cancelled session. */
    SYSTEM
}
