package org.learningnetwork.notification;

/** Where an e-mail in the outbox stands. */
public enum OutboxStatus {
    /** Not sent yet: sent when due, and tried again later while the mail server cannot take it. */
    PENDING,
    SENT,
    /** Given up after the most attempts allowed; kept for the learning team to see. */
    FAILED
}
