package org.learningnetwork.ownlearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.learningnetwork.booking.RegisterComplete;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;

/**
 * Facilitating a session counts as CPD for the facilitator (seed 002): when a session's register is complete, each of
 * its facilitators gets an entry of their own learning for it, once (the session is locked while it is looked for),
 * with the course's CPD hours (or, where the course gives none, the session's length to the nearest quarter hour).
 */
@ApplicationScoped
public class FacilitatedSessions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    void registerComplete(@Observes RegisterComplete complete) {
        // The marks (and the session's delivered status) are written first: locking reads the session afresh.
        em.flush();
        CourseSession session = em.find(CourseSession.class, complete.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null || session.getFacilitators().isEmpty()) {
            return;
        }
        BigDecimal cpd = session.getCourse().getCpdHours();
        BigDecimal hours = cpd != null && cpd.signum() > 0 ? cpd : hours(Duration.between(session.getStartsAt(), session.getEndsAt()));
        LocalDate on = LocalDate.ofInstant(session.getStartsAt(), Installation.zone());
        for (Person facilitator : session.getFacilitators()) {
            long already = em.createQuery("select count(o) from OwnLearning o where o.person = :person and o.session = :session", Long.class)
                    .setParameter("person", facilitator).setParameter("session", session).getSingleResult();
            if (already == 0) {
                em.persist(OwnLearning.facilitated(facilitator, session, on, hours, clock.instant()));
            }
        }
    }

    /** A session's length in hours, to the nearest quarter of an hour, at least a quarter. */
    static BigDecimal hours(Duration length) {
        long quarters = Math.max(1, Math.round(length.toMinutes() / 15.0));
        return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
    }
}
