package org.learningnetwork.catalogue;

/**
 * Fired, inside the cancelling transaction, when the learning team calls off a session: bookings on it are
 * cancelled and everyone on it is told.
 */
public record SessionCancelled(long sessionId) {
}
