package org.learningnetwork.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.catalogue.FollowUp;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Tokens;

/**
 * The daily work of the impact evaluation job: follow-ups that have fallen due are issued (to the learner, and
 * separately to their line manager), reminders go after one and two reminder periods, and requests past their
 * closing date are closed. Each method does only what is due, so running it twice changes nothing more; it is
 * reached by the job (which runs without a signed-in caller) and by no screen or API.
 */
@Stateless
@PermitAll
public class FollowUpService {

    /** Reminders per request: after one and after two reminder periods; then it closes. */
    public static final int REMINDERS = 2;

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private EvaluationIssuer issuer;

    /**
     * The next {@code max} bookings after {@code afterBookingId}, in id order, whose {@code followUp} has fallen due
     * and was not yet issued: the learner attended or partly attended, the course asks at that follow-up, and the
     * session ended that long ago — but no longer than that plus the time a request stays open, so that sessions from
     * before a course asked (or before this application) are not asked about years later.
     */
    public List<DueFollowUp> due(FollowUp followUp, long afterBookingId, int max) {
        Instant now = clock.instant();
        Instant dueBy = now.atZone(ZONE).minus(followUp.after()).toInstant();
        return em.createQuery("select b.id from Booking b join b.session s join s.course c where b.id > :after"
                        + " and b.attendance in :attended and c.followUps like :code and s.endsAt <= :dueBy and s.endsAt > :lateBy"
                        + " and not exists (select r from EvaluationRequest r where r.booking = b and r.followUp = :followUp"
                        + " and r.questionSet.respondent = :learner) order by b.id", Long.class)
                .setParameter("after", afterBookingId).setParameter("attended", EnumSet.of(Attendance.ATTENDED, Attendance.PARTIAL))
                .setParameter("code", "%" + followUp.code() + "%").setParameter("dueBy", dueBy)
                .setParameter("lateBy", dueBy.minus(EvaluationSettings.openFor())).setParameter("followUp", followUp.code())
                .setParameter("learner", Respondent.LEARNER).setMaxResults(max).getResultList().stream()
                .map(id -> new DueFollowUp(id, followUp.code())).toList();
    }

    /**
     * Asks the learner about the booking's follow-up, and their line manager if they have one who is active and has an
     * e-mail address; a follow-up already issued is left as it is.
     */
    public void issue(DueFollowUp due) {
        Booking booking = em.find(Booking.class, due.bookingId());
        Instant now = clock.instant();
        QuestionSet learnerSet = issuer.set(EvaluationPurpose.FOLLOW_UP, Respondent.LEARNER);
        if (issuer.request(booking, learnerSet, due.followUp()).isPresent()) {
            return;
        }
        issuer.issue(booking, learnerSet, booking.getPerson(), due.followUp(), MailKind.FOLLOW_UP, now);
        Person manager = booking.getPerson().getLineManager();
        if (manager != null && manager.isActive() && manager.getWorkEmail() != null) {
            issuer.issue(booking, issuer.set(EvaluationPurpose.FOLLOW_UP, Respondent.MANAGER), manager, due.followUp(),
                    MailKind.FOLLOW_UP_MANAGER, now);
        }
    }

    /**
     * The next {@code max} open requests after {@code afterId}, in id order, whose next reminder is due. Requests about
     * self-guided learning are not reminded by e-mail: they were asked on screen and wait in My learning.
     */
    public List<Long> remindersDue(long afterId, int max) {
        Instant now = clock.instant();
        Duration period = EvaluationSettings.reminderAfter();
        return em.createQuery("select r.id from EvaluationRequest r where r.id > :after and (r.booking is not null or r.setMember is not null)"
                        + " and r.answeredAt is null"
                        + " and r.closedAt is null and r.closesAt > :now and ((r.reminders = 0 and r.issuedAt <= :one)"
                        + " or (r.reminders = 1 and r.issuedAt <= :two)) order by r.id", Long.class)
                .setParameter("after", afterId).setParameter("now", now).setParameter("one", now.minus(period))
                .setParameter("two", now.minus(period.multipliedBy(2))).setMaxResults(max).getResultList();
    }

    /**
     * Reminds the respondent of an open request, with a new link (only digests are kept, so the first link cannot be
     * sent again; the new one replaces it). A request answered or closed in the meantime is left alone.
     */
    public void remind(long requestId) {
        EvaluationRequest request = em.find(EvaluationRequest.class, requestId);
        Instant now = clock.instant();
        if (request == null || !request.isOpen(now) || request.getReminders() >= REMINDERS) {
            return;
        }
        String token = Tokens.newToken();
        request.reminded(token);
        issuer.mail(MailKind.EVALUATION_REMINDER, request, token);
    }

    /** Closes the requests past their closing date that were not answered; returns how many. */
    public int closeExpired() {
        Instant now = clock.instant();
        return em.createQuery("update EvaluationRequest r set r.closedAt = :now, r.version = r.version + 1"
                        + " where r.answeredAt is null and r.closedAt is null and r.closesAt <= :now")
                .setParameter("now", now).executeUpdate();
    }
}
