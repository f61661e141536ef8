package org.learningnetwork.demo;

import java.time.Instant;

/** An e-mail the demo mailbox received: its text, its calendar invitation if it had one, and its attachments' file names. */
public record DeliveredMail(String id, String to, String subject, Instant receivedAt, String text, String html, String calendar,
        java.util.List<String> attachments) {
}
