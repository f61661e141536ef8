package org.learningnetwork.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.PagedModel;

/** The data protection officer's audit log: the entries, newest first, and a check of the whole chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    @Inject
    private Messages messages;

    private PagedModel<AuditEntry> model;
    private ChainReport report;

    @PostConstruct
    void init() {
        model = new PagedModel<>(audit::entries);
    }

    /** Checks the chain from its first entry and says whether it is intact or where it first breaks. */
    public void check() {
        report = audit.verify();
        if (report.intact()) {
            String text = messages.text(report.anchored() ? "audit.check.intact" : "audit.check.intactUnanchored", report.checked());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } else {
            messages.error(null, report.brokenAt() == null ? "audit.check.brokenAtHead" : "audit.check.broken",
                    report.brokenAt() == null ? "" : report.brokenAt().toString(), messages.text(report.problem()), report.checked());
        }
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }

    public ChainReport getReport() {
        return report;
    }
}
