package org.learningnetwork.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * This server instance among those sharing the database: a name for the leases it holds and the runs it makes, and,
 * when the application stops here (undeployed, the server shut down), the release of its leases so that other
 * instances need not wait for them to run out. The name is the host, the server's own instance name where it has
 * one, and a random part new at each start, so that a restarted instance never mistakes its old leases for its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class ServerInstance {

    private static final Logger LOG = Logger.getLogger(ServerInstance.class.getName());
    private static final String NAME = host() + "/" + serverName() + "#" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

    @EJB
    private Leases leases;

    /** This instance's name, as leases and job runs record it. */
    public static String name() {
        return NAME;
    }

    @PreDestroy
    void endLeases() {
        try {
            int ended = leases.expireAllHeld();
            if (ended > 0) {
                LOG.info(() -> "Stopping: " + ended + " lease(s) held by " + NAME + " ended for other instances to take over");
            }
        } catch (RuntimeException e) {
            // Stopping: another instance takes them when they run out.
            LOG.info(() -> "Leases held by " + NAME + " not ended at stop (" + e.getClass().getSimpleName() + "); they run out");
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** GlassFish and Payara name their instances; WildFly its node; elsewhere "server". */
    private static String serverName() {
        for (String property : new String[] {"com.sun.aas.instanceName", "jboss.node.name"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "server";
    }
}
