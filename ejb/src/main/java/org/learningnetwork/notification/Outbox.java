package org.learningnetwork.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes e-mails to the outbox in the caller's transaction: they exist only if it commits, and are then
 * sent by {@link MailDispatcher} (at once, and again later while the mail server cannot take them). Called
 * without a transaction it fails (the persistence context requires one), so no mail can be queued on its own.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    /** Queues an e-mail; {@code bookingId} and {@code calendar} (an iCalendar attachment) may be {@code null}. */
    public OutboxMail queue(MailKind kind, Long bookingId, String recipient, String subject, String body, String calendar) {
        OutboxMail mail = new OutboxMail(kind, bookingId, recipient, subject, body, calendar, clock.instant());
        em.persist(mail);
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }
}
