package org.learningnetwork.booking;

import java.util.EnumSet;
import java.util.Set;
import org.learningnetwork.platform.RejectedException;

/**
 * Where a person's booking on a session stands, and the moves between: {@link Move} is the table of what can happen to
 * a booking, from which statuses and to which, each refused from any other status with a message of its own. Every
 * change of status goes through {@link Booking#moveTo}, which allows only the moves of the table.
 */
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

    /** What can happen to a booking: each move goes from some statuses to others; from any other it is refused. */
    public enum Move {
        /** The learner applies (or is booked by someone else): a new booking, or again after one declined or cancelled. */
        APPLY(EnumSet.of(DECLINED, CANCELLED), EnumSet.of(REQUESTED), "booking.already"),
        /** The line manager (or the learning team) approves: a place, the waiting list, or the allocation to come. */
        APPROVE(EnumSet.of(REQUESTED), EnumSet.of(APPROVED, CONFIRMED, WAITLISTED), "booking.notAwaitingApproval"),
        /** The line manager (or the learning team) says no. */
        DECLINE(EnumSet.of(REQUESTED), EnumSet.of(DECLINED), "booking.notAwaitingApproval"),
        /** The allocation of a note-of-interest session, once confirmed, gives a place or the waiting list. */
        ALLOCATE(EnumSet.of(APPROVED), EnumSet.of(CONFIRMED, WAITLISTED), "allocation.stale"),
        /** A freed place is offered to the next on the waiting list. */
        OFFER(EnumSet.of(WAITLISTED), EnumSet.of(OFFERED), "booking.offer.notOpen"),
        /** The learner takes the place offered. */
        ACCEPT_OFFER(EnumSet.of(OFFERED), EnumSet.of(CONFIRMED), "booking.offer.notOpen"),
        /** The learner turns the offer down, or it expires. */
        END_OFFER(EnumSet.of(OFFERED), EnumSet.of(CANCELLED), "booking.offer.notOpen"),
        /** The learner, the learning team or the session's cancellation ends a booking that still counts. */
        CANCEL(EnumSet.of(REQUESTED, APPROVED, CONFIRMED, WAITLISTED, OFFERED), EnumSet.of(CANCELLED), "booking.cancel.notActive");

        private final Set<BookingStatus> from;
        private final Set<BookingStatus> to;
        private final String refusal;

        Move(Set<BookingStatus> from, Set<BookingStatus> to, String refusal) {
            this.from = from;
            this.to = to;
            this.refusal = refusal;
        }

        /** Whether the move can start from {@code status} ({@code null}: a booking not yet written, which only applies). */
        public boolean allowedFrom(BookingStatus status) {
            return status == null ? this == APPLY : from.contains(status);
        }

        /** The statuses the move ends in. */
        public Set<BookingStatus> ends() {
            return to;
        }

        /** The message that refuses the move from another status. */
        public String refusal() {
            return refusal;
        }

        /** Refuses the move, with its message, unless it can start from {@code status}. */
        public void check(BookingStatus status) throws RejectedException {
            if (!allowedFrom(status)) {
                throw new RejectedException(null, refusal);
            }
        }
    }

    /** Whether some move goes from {@code from} ({@code null}: a booking not yet written) to {@code next}. */
    public static boolean canMove(BookingStatus from, BookingStatus next) {
        for (Move move : Move.values()) {
            if (move.allowedFrom(from) && move.ends().contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the booking still counts: the person may not apply for the session again while it does. */
    public boolean isActive() {
        return this != DECLINED && this != CANCELLED;
    }

    /** Whether the booking holds one of the session's places. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == OFFERED;
    }
}
