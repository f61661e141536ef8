package org.learningnetwork.booking;

/**
 * One line of a register: the booking, and whether its learner attended, attended part ({@code minutes}
 * present) or did not attend; no mark yet leaves the line unmarked.
 */
public record AttendanceMark(long bookingId, Attendance attendance, Integer minutes) {
}
