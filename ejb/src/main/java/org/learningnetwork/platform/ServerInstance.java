package org.learningnetwork.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This server instance among those sharing the database, by the name its leases and job runs are recorded under: the
 * host, the server's own instance name where it has one, and a random part new at each start of the application, so
 * that a restarted instance never mistakes its old leases for its own.
 */
public final class ServerInstance {

    private static final String NAME = host() + "/" + serverName() + "#" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

    private ServerInstance() {
    }

    /** This instance's name, as leases and job runs record it. */
    public static String name() {
        return NAME;
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
