package org.learningnetwork.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/**
 * Writes e-mails to the outbox in the caller's transaction: they exist only if it commits, and are then
 * sent by {@link MailDispatcher} (at once, and again later while the mail server cannot take them). Called
 * without a transaction it fails (the persistence context requires one), so no mail can be queued on its own.
 * The dispatcher is woken through {@link MailSignal}, plain Java: a bean called in the transaction's completion would
 * have the container suspend and resume a transaction that has already ended (which fails for the batch jobs' chunk
 * transactions).
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private MailSignal signal;

    /** Queues a mail written by {@link MailText}, without a calendar file. */
    public OutboxMail queue(MailKind kind, Long bookingId, String recipient, MailText text) {
        return queue(kind, bookingId, recipient, text.subject(), text.body(), null);
    }

    /** Queues an e-mail; {@code bookingId} and {@code calendar} (an iCalendar attachment) may be {@code null}. */
    public OutboxMail queue(MailKind kind, Long bookingId, String recipient, String subject, String body, String calendar) {
        OutboxMail mail = new OutboxMail(kind, bookingId, recipient, subject, body, calendar, clock.instant());
        em.persist(mail);
        // Once per transaction, however many mails it queues: the dispatcher is told when it has committed.
        if (transaction.getResource(Outbox.class) == null) {
            transaction.putResource(Outbox.class, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing to do before the commit: the mail is written with the transaction.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        signal.queued();
                    }
                }
            });
        }
        return mail;
    }
}
