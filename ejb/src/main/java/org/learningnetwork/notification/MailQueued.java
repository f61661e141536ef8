package org.learningnetwork.notification;

/** An e-mail was written to the outbox: once its transaction has committed it can be sent. */
public record MailQueued(long mailId) {
}
