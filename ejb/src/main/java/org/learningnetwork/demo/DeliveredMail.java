package org.learningnetwork.demo;

import java.time.Instant;

/** An e-mail the demo mailbox received: its text, and its calendar invitation if it had one. */
public record DeliveredMail(String id, String to, String subject, Instant receivedAt, String text, String calendar) {
}
