package org.learningnetwork.catalogue;

/**
 * How places on a course's sessions are given: to approved requests in the order they come
 * ({@code FIRST_COME}), or by allocation after a window for notes of interest closes.
 */
public enum BookingMode {
    FIRST_COME,
    NOTE_OF_INTEREST
}
