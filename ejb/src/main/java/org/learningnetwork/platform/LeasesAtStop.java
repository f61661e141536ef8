package org.learningnetwork.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * When the application stops on this instance (undeployed, the server shut down), ends the leases it holds, so that
 * other instances take its unfinished work over at once instead of waiting for the leases to run out.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class LeasesAtStop {

    private static final Logger LOG = Logger.getLogger(LeasesAtStop.class.getName());

    @EJB
    private Leases leases;

    @PreDestroy
    void endLeases() {
        try {
            int ended = leases.expireAllHeld();
            if (ended > 0) {
                LOG.info(() -> "Stopping: " + ended + " lease(s) held by " + ServerInstance.name() + " ended for other instances to take over");
            }
        } catch (RuntimeException e) {
            // Stopping: another instance takes them when they run out.
            LOG.info(() -> "Leases held by " + ServerInstance.name() + " not ended at stop (" + e.getClass().getSimpleName() + "); they run out");
        }
    }
}
