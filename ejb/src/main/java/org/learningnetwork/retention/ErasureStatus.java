package org.learningnetwork.retention;

/** Where an erasure request stands. */
public enum ErasureStatus {
    OPEN,
    ERASED,
    REFUSED
}
