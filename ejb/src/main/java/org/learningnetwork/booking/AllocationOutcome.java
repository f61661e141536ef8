package org.learningnetwork.booking;

/** Why an applicant was or was not placed by an allocation (before any adjustment by the learning team). */
public enum AllocationOutcome {
    /** Placed in priority order within the quotas. */
    PLACED,
    /** Over a quota at first, placed because places were left once everyone within the quotas had one. */
    PLACED_BEYOND_QUOTA,
    /** Not placed: their agency already had its share of the places. */
    AGENCY_QUOTA_FULL,
    /** Not placed: their workforce group already had its share of the places. */
    GROUP_QUOTA_FULL,
    /** Not placed: every place had gone to people before them in priority order. */
    NO_PLACE_LEFT;

    public boolean isPlaced() {
        return this == PLACED || this == PLACED_BEYOND_QUOTA;
    }
}
