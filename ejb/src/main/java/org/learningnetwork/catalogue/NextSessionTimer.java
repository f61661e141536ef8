package org.learningnetwork.catalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.PublicContent;

/**
 * Every minute, moves on the "next session" of courses whose next session has started, on one server instance at a
 * time. Open to any caller: it only does what is due.
 */
@Stateless
@PermitAll
public class NextSessionTimer {

    /** The work name of the next sessions' lease. */
    public static final String WORK = "next-sessions";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicContent publicContent;

    @EJB
    private Leases leases;

    @Resource
    private SessionContext context;

    /** Moves on the next session of the courses whose next session has started; how many. */
    public int moveOn() {
        int moved = NextSessions.keepPassed(em, clock.instant());
        if (moved > 0) {
            publicContent.changed();
        }
        return moved;
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "catalogue next sessions")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout() {
        leases.alone(WORK, context.getBusinessObject(NextSessionTimer.class)::moveOn);
    }
}
