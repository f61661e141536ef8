package org.learningnetwork.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * At start-up: refuses a key too short to sign the audit chain (the deployment fails with the reason, rather than
 * every audited change later), warns when there is none, and anchors a chain whose head was never signed
 * ({@link AuditLog#anchor()}; with several instances the head's lock lets one do it).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class AuditAnchoring {

    private static final Logger LOG = Logger.getLogger(AuditAnchoring.class.getName());

    @EJB
    private AuditLog audit;

    @PostConstruct
    void anchor() {
        if (!AuditAnchor.fromSystemProperties().configured()) {
            LOG.warning(() -> "No " + AuditAnchor.KEY.name() + " is set: the audit log's chain is checked within the database only;"
                    + " someone who can write to the database could rewrite it unnoticed (see docs/servers.md)");
            return;
        }
        if (audit.anchor()) {
            LOG.info("The audit log's chain is now anchored with the server's key");
        }
    }
}
