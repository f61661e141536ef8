package org.learningnetwork.catalogue;

/** Fired, inside the saving transaction, when the learning team raises a session's capacity. */
public record SessionPlacesAdded(long sessionId) {
}
