package org.learningnetwork.booking;

import java.time.Instant;

/**
 * One of the signed-in learner's bookings as "My learning" and the bookings API show it, read as one row of the query:
 * read as entities, with their sessions, courses and the learner, they were the largest part of what the page cost. A
 * class with getters rather than a record, for the page's expressions.
 */
public final class MyBookingLine {

    private final long bookingId;
    private final long sessionId;
    private final long courseId;
    private final String courseTitle;
    private final Instant startsAt;
    private final BookingStatus status;
    private final Instant appliedAt;
    private final Instant offerExpiresAt;
    private final boolean lateCancellation;

    /**
     * @param bookingId the booking
     * @param sessionId its session
     * @param courseId the session's course
     * @param courseTitle the course's title
     * @param startsAt when the session starts
     * @param status the booking's status
     * @param appliedAt when the learner applied
     * @param offerExpiresAt until when an offered place waits for an answer; none unless a place is offered
     * @param lateCancellation whether it was cancelled late
     */
    public MyBookingLine(long bookingId, long sessionId, long courseId, String courseTitle, Instant startsAt,
            BookingStatus status, Instant appliedAt, Instant offerExpiresAt, boolean lateCancellation) {
        this.bookingId = bookingId;
        this.sessionId = sessionId;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.startsAt = startsAt;
        this.status = status;
        this.appliedAt = appliedAt;
        this.offerExpiresAt = offerExpiresAt;
        this.lateCancellation = lateCancellation;
    }

    /** Whether its learner can still cancel it at {@code now}: it counts, and the session has not started. */
    public boolean cancellableAt(Instant now) {
        return status.isActive() && now.isBefore(startsAt);
    }

    public long getBookingId() {
        return bookingId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }
}
