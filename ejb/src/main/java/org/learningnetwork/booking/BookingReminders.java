package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.platform.Leases;

/**
 * Reminds people with a place: a week before their session and again the day before. Each reminder is sent
 * once per booking (the outbox remembers it); a place confirmed within the last day before the session gets
 * only the day's. Runs every hour ({@link BookingReminderTimer}), on one server instance at a time (two at once would
 * each find the other's reminders not yet written); open to any caller, as it only does what is due.
 */
@Stateless
@PermitAll
public class BookingReminders {

    /** The work name of the reminders' lease. */
    public static final String WORK = "booking-reminders";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private BookingMails mails;

    @EJB
    private Leases leases;

    @Resource
    private SessionContext context;

    /** Writes the reminders that are due to the outbox; returns how many. */
    public int sendDue() {
        Instant now = clock.instant();
        Instant dayAhead = now.plus(Duration.ofDays(1));
        return remind(MailKind.REMINDER_WEEK, dayAhead, now.plus(Duration.ofDays(7)))
                + remind(MailKind.REMINDER_DAY, now, dayAhead);
    }

    /**
     * Writes the reminders that are due unless another server instance is writing them at this moment (which then
     * writes these too); how many, or nothing if it was the other. What the timer does.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.util.Optional<Integer> sendDueAlone() {
        return leases.alone(WORK, context.getBusinessObject(BookingReminders.class)::sendDue);
    }


    private int remind(MailKind kind, Instant after, Instant until) {
        List<Booking> due = em.createQuery("select b from Booking b join fetch b.session s join fetch b.person"
                        + " where b.status = :confirmed and s.status <> :cancelled and s.startsAt > :after and s.startsAt <= :until"
                        + " and not exists (select m from OutboxMail m where m.bookingId = b.id and m.kind = :kind)", Booking.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("after", after).setParameter("until", until).setParameter("kind", kind).getResultList();
        for (Booking booking : due) {
            mails.remind(booking, kind);
        }
        return due.size();
    }
}
