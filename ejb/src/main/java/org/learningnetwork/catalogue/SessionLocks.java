package org.learningnetwork.catalogue;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.learningnetwork.platform.NotFoundException;

/**
 * The one way to lock a session's row, which every change of its places and bookings holds until its transaction ends
 * (bookings, offers, allocation, the session's cancellation): changes of one session's places are made one at a time,
 * so none is overbooked.
 *
 * <p>A session is found first and then locked, rather than found with a lock, and its course's prerequisites and
 * target groups (which the lock does not protect: they belong to the course) are read in between. EclipseLink keeps
 * anything first read after a transaction has locked a row out of its shared cache, and builds an object found with a
 * lock as a refresh, which also reads its facilitators: found with a lock, the session cost four reads per booking
 * (its course, the course's prerequisites and target groups, its facilitators) to save this one.
 */
@Dependent
public class SessionLocks {

    @PersistenceContext
    private EntityManager em;

    /** The session, its row locked and read again after the lock. */
    public CourseSession locked(long sessionId) throws NotFoundException {
        return lockedIfAny(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    /** The session, its row locked and read again after the lock; none if there is no such session. */
    public Optional<CourseSession> lockedIfAny(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            return Optional.empty();
        }
        session.getCourse().getPrerequisites().size();
        session.getCourse().getTargetGroups().size();
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(session);
    }

    /** Locks the row of a session this transaction has read already (e.g. a booking's), keeping what was read. */
    public void lock(CourseSession session) {
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
    }
}
