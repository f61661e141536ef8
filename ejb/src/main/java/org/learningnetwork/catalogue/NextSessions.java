package org.learningnetwork.catalogue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Keeps each course's "next session" (the earliest session that is not cancelled and has not started),
 * which orders the catalogue. It changes when a session is saved, copied or cancelled (the service that
 * changes it calls {@link #keep}) and when a session starts ({@link NextSessionTimer} calls
 * {@link #keepPassed} every minute). Bulk updates: a course's version is untouched, so someone editing
 * the course at the same time is not told it changed.
 */
public final class NextSessions {

    private NextSessions() {
    }

    /** Recomputes the next session of one course. */
    static void keep(EntityManager em, Instant now, long courseId) {
        Instant next = em.createQuery("select s.startsAt from CourseSession s where s.course.id = :course"
                        + " and s.startsAt >= :now and s.status not in :hidden order by s.startsAt", Instant.class)
                .setParameter("course", courseId)
                .setParameter("now", now)
                .setParameter("hidden", java.util.List.of(SessionStatus.CANCELLED, SessionStatus.DRAFT))
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        // A bound null is typed as text on PostgreSQL, which refuses it for a timestamp column: say null.
        var update = next == null
                ? em.createQuery("update Course c set c.nextStartsAt = null where c.id = :course")
                : em.createQuery("update Course c set c.nextStartsAt = :next where c.id = :course").setParameter("next", next);
        update.setParameter("course", courseId).executeUpdate();
    }

    /** Recomputes the next session of every course whose kept one has started; returns how many. */
    static int keepPassed(EntityManager em, Instant now) {
        List<Long> passed = em.createQuery("select c.id from Course c where c.nextStartsAt < :now", Long.class)
                .setParameter("now", now)
                .getResultList();
        passed.forEach(id -> keep(em, now, id));
        return passed.size();
    }

    /** Recomputes every course's next session (after loading data in bulk). */
    public static void keepAll(EntityManager em, Instant now) {
        em.createQuery("select c.id from Course c", Long.class).getResultList().forEach(id -> keep(em, now, id));
    }
}
