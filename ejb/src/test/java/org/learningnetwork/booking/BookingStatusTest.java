package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.booking.BookingStatus.Move;
import org.learningnetwork.platform.RejectedException;

/** The table of a booking's moves: every pair of statuses, and the message that refuses each move. */
class BookingStatusTest {

    private static final BookingStatus NEW = null;

    @Test
    void theWholeTableOfMoves() {
        List<String> moves = new ArrayList<>();
        List<BookingStatus> from = new ArrayList<>();
        from.add(NEW);
        from.addAll(List.of(BookingStatus.values()));
        for (BookingStatus status : from) {
            for (BookingStatus next : BookingStatus.values()) {
                if (BookingStatus.canMove(status, next)) {
                    moves.add((status == null ? "NEW" : status.name()) + ">" + next);
                }
            }
        }
        assertEquals(List.of("NEW>REQUESTED",
                "REQUESTED>DECLINED", "REQUESTED>APPROVED", "REQUESTED>CONFIRMED", "REQUESTED>WAITLISTED", "REQUESTED>CANCELLED",
                "DECLINED>REQUESTED",
                "APPROVED>CONFIRMED", "APPROVED>WAITLISTED", "APPROVED>CANCELLED",
                "CONFIRMED>CANCELLED",
                "WAITLISTED>OFFERED", "WAITLISTED>CANCELLED",
                "OFFERED>CONFIRMED", "OFFERED>CANCELLED",
                "CANCELLED>REQUESTED"), moves);
    }

    @Test
    void aMoveIsRefusedFromAnyOtherStatusWithItsMessage() {
        RejectedException approved = assertThrows(RejectedException.class, () -> Move.APPROVE.check(BookingStatus.CONFIRMED));
        assertEquals("booking.notAwaitingApproval", approved.getProblems().get(0).messageKey());
        RejectedException cancelled = assertThrows(RejectedException.class, () -> Move.CANCEL.check(BookingStatus.DECLINED));
        assertEquals("booking.cancel.notActive", cancelled.getProblems().get(0).messageKey());
        RejectedException offer = assertThrows(RejectedException.class, () -> Move.ACCEPT_OFFER.check(BookingStatus.WAITLISTED));
        assertEquals("booking.offer.notOpen", offer.getProblems().get(0).messageKey());
        RejectedException again = assertThrows(RejectedException.class, () -> Move.APPLY.check(BookingStatus.WAITLISTED));
        assertEquals("booking.already", again.getProblems().get(0).messageKey());
    }

    @Test
    void cancellingIsForBookingsThatStillCount() {
        for (BookingStatus status : BookingStatus.values()) {
            assertEquals(status.isActive(), Move.CANCEL.allowedFrom(status), status.name());
        }
        assertTrue(Move.APPLY.allowedFrom(NEW), "a new booking only applies");
        assertFalse(Move.CANCEL.allowedFrom(NEW));
    }

    @Test
    void onlyConfirmedAndOfferedBookingsHoldPlaces() {
        Set<BookingStatus> holding = EnumSet.noneOf(BookingStatus.class);
        for (BookingStatus status : BookingStatus.values()) {
            if (status.holdsPlace()) {
                holding.add(status);
            }
        }
        assertEquals(EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.OFFERED), holding);
    }
}
