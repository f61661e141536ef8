package org.learningnetwork.catalogue;

/** Where a session is held. */
public enum Place {
    /** At a venue, in one of its rooms or the venue as a whole. */
    VENUE,
    /** Online, with joining details for those who have a place. */
    ONLINE,
    /** In person, at a venue not yet confirmed. */
    TO_BE_CONFIRMED
}
