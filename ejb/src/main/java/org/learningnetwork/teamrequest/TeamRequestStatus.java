package org.learningnetwork.teamrequest;

import java.util.EnumSet;
import java.util.Set;

/** Where a team's request for bespoke learning stands. */
public enum TeamRequestStatus {
    /** Asked for, not yet answered by the learning team. */
    REQUESTED,
    /** The learning team will arrange it; a session is to be scheduled. */
    ACCEPTED,
    /** The learning team cannot arrange it, and said why. */
    DECLINED,
    /** A session is set for the team, and its members were booked onto it. */
    SCHEDULED,
    /** The manager withdrew it before it was scheduled. */
    WITHDRAWN;

    /** Whether the request can move on to {@code next} from here. */
    public boolean canMoveTo(TeamRequestStatus next) {
        Set<TeamRequestStatus> allowed = switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, DECLINED, SCHEDULED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(DECLINED, SCHEDULED, WITHDRAWN);
            case DECLINED, SCHEDULED, WITHDRAWN -> EnumSet.noneOf(TeamRequestStatus.class);
        };
        return allowed.contains(next);
    }

    /** Whether the learning team still has it to answer or schedule. */
    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
