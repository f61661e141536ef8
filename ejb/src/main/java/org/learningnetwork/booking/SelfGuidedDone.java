package org.learningnetwork.booking;

/**
 * A person marked self-guided learning done (fired in the transaction of the record): evaluation asks them about it,
 * as it asks those who attended a session.
 */
public record SelfGuidedDone(long learningRecordId) {
}
