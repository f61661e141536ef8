package org.learningnetwork.booking;

import java.time.Instant;

/**
 * A booking of a manager's staff as "My team's bookings" shows it, read as one row of the query: ninety bookings read
 * as entities, each with its person, session and course, were most of what the page's query cost the server.
 *
 * @param bookingId the booking
 * @param personId the member of staff
 * @param givenName their given name
 * @param familyName their family name
 * @param sessionId the session
 * @param courseId the session's course
 * @param courseTitle the course's title
 * @param startsAt when the session starts
 * @param status the booking's status
 * @param lateCancellation whether it was cancelled late
 * @param attendance what the register says, if it was taken
 */
public record TeamBookingLine(long bookingId, long personId, String givenName, String familyName, long sessionId,
        long courseId, String courseTitle, Instant startsAt, BookingStatus status, boolean lateCancellation,
        Attendance attendance) {

    /** The person's name as everywhere else: given name, then family name. */
    public String fullName() {
        return givenName + " " + familyName;
    }
}
