package org.learningnetwork.booking;

/**
 * A learner's attendance was marked or corrected on the register (fired in the transaction of the mark): evaluation
 * asks those who attended, and stops asking someone corrected to did not attend.
 */
public record AttendanceMarked(long bookingId) {
}
