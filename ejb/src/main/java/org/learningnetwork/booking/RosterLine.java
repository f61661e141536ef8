package org.learningnetwork.booking;

import java.time.Instant;

/**
 * A booking as a session's roster page shows it, read as one row of the query and nothing more: a hundred bookings
 * read as entities were a hundred bookings and people built, copied into the persistence context and watched for
 * changes, a tenth of what the page cost the server, to show seven columns.
 *
 * @param bookingId the booking
 * @param givenName the person's given name
 * @param familyName the person's family name
 * @param organisation the name of the person's organisation
 * @param status the booking's status
 * @param lateCancellation whether it was cancelled late
 * @param appliedAt when the person applied
 * @param adjustments the reasonable adjustments asked for, if any
 */
public record RosterLine(long bookingId, String givenName, String familyName, String organisation, BookingStatus status,
        boolean lateCancellation, Instant appliedAt, String adjustments) {

    /** The person's name as everywhere else: given name, then family name. */
    public String fullName() {
        return givenName + " " + familyName;
    }
}
