package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.ResourceBundle;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.audit.ChainReport;
import org.learningnetwork.platform.Messages;

/**
 * {@code GET /api/audit/chain}: checks the audit log's chain from its first entry (DPO, ADMIN), for monitoring.
 * Answers whether it is intact, how many entries were checked, and where and why it first breaks.
 */
@Path("audit/chain")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AuditResource {

    /** The check's outcome: {@code problem} is a stable code, {@code message} says it in words. */
    public record ChainJson(boolean intact, long checked, Long brokenAt, String problem, String message, boolean anchored) {
    }

    @Inject
    private AuditLog audit;

    @GET
    public ChainJson check() {
        ChainReport report = audit.verify();
        String message = report.intact() ? null
                : ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK).getString(report.problem());
        return new ChainJson(report.intact(), report.checked(), report.brokenAt(), report.problem(), message, report.anchored());
    }
}
