package org.learningnetwork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void pausesDoubleFromAMinuteToAnHourAtMost() {
        assertEquals(Duration.ofMinutes(1), OutboxMail.pauseAfter(1));
        assertEquals(Duration.ofMinutes(2), OutboxMail.pauseAfter(2));
        assertEquals(Duration.ofMinutes(32), OutboxMail.pauseAfter(6));
        assertEquals(Duration.ofHours(1), OutboxMail.pauseAfter(7));
        assertEquals(Duration.ofHours(1), OutboxMail.pauseAfter(1000));
    }

    @Test
    void aFailedMailWaitsThenIsGivenUpAfterTheMostAttempts() {
        OutboxMail mail = new OutboxMail(MailKind.CONFIRMED, 1L, "someone@example.org", "Subject", "Body", null, NOW);
        assertEquals(NOW, mail.getNextAttemptAt());
        mail.failed(NOW, "MailConnectException: Couldn't connect", 3);
        assertEquals(OutboxStatus.PENDING, mail.getStatus());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
        mail.failed(NOW, "again", 3);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.getNextAttemptAt());
        mail.failed(NOW, "x".repeat(600), 3);
        assertEquals(OutboxStatus.FAILED, mail.getStatus());
        assertNull(mail.getNextAttemptAt());
        assertEquals(500, mail.getLastError().length());
    }

    @Test
    void aSentMailForgetsItsLastError() {
        OutboxMail mail = new OutboxMail(MailKind.OFFER, 1L, "someone@example.org", "Subject", "Body", null, NOW);
        mail.failed(NOW, "down", 10);
        mail.sent(NOW.plusSeconds(90));
        assertEquals(OutboxStatus.SENT, mail.getStatus());
        assertEquals(2, mail.getAttempts());
        assertNull(mail.getLastError());
        assertNull(mail.getNextAttemptAt());
    }
}
