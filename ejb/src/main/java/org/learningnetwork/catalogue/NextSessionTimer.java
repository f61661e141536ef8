package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.learningnetwork.platform.PublicContent;

/**
 * Every minute, moves on the "next session" of courses whose next session has started. Each server
 * instance runs it (the timer is not persistent); running it twice does the same work twice, harmlessly.
 * The timeout method is not part of any client view.
 */
@Stateless
@PermitAll
public class NextSessionTimer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicContent publicContent;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "catalogue next sessions")
    void moveOn() {
        if (NextSessions.keepPassed(em, clock.instant()) > 0) {
            publicContent.changed();
        }
    }
}
