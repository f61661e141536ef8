package org.learningnetwork.retention;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.audit.ChainReport;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PagedModel;
import org.learningnetwork.platform.RejectedException;

/**
 * The data protection officer's audit log ({@code /dpo/audit.xhtml}): who did what to whom, by name, newest first, a page
 * at a time; filtered by the person concerned, by day and by action ({@code ?person=&from=&to=&action=}); and a check of
 * the whole chain.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    @Inject
    private AuditTrail trail;

    @Inject
    private Messages messages;

    private PagedModel<AuditTrail.Line> model;
    private ChainReport report;
    private String person;
    private String from;
    private String to;
    private String action;
    private AuditTrail.Filter filter = AuditTrail.Filter.none();

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> {
            try {
                return trail.lines(filter, page);
            } catch (RejectedException e) {
                // Said when the page was loaded (load): nothing to show.
                return new Page<>(List.of(), 0);
            }
        });
    }

    /** Reads the filter from the address (view action); a date or action that cannot be read is said on its field. */
    public void load() {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        AuditAction chosen = null;
        if (action != null && !action.isBlank()) {
            try {
                chosen = AuditAction.valueOf(action.strip());
            } catch (IllegalArgumentException e) {
                messages.error("action", "audit.filter.action.invalid");
            }
        }
        filter = new AuditTrail.Filter(person, first, last, chosen);
        try {
            trail.check(filter);
        } catch (RejectedException e) {
            e.getProblems().forEach(problem -> messages.error(problem.field(), problem.messageKey()));
        }
    }

    private LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            messages.error(field, "audit.filter.date.invalid");
            return null;
        }
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

    /** What the entry was done to, in words: the kind of record and its name, or its number. */
    public String target(AuditTrail.Line line) {
        String type = words("audit.type." + line.entry().getTargetType(), line.entry().getTargetType());
        if (line.target() != null) {
            return type + ": " + line.target();
        }
        return line.entry().getTargetId() == null ? type : type + " " + line.entry().getTargetId();
    }

    /** The entry's detail in words where it is one of the application's codes, else as written. */
    public String detail(AuditTrail.Line line) {
        String detail = line.entry().getDetail();
        return detail == null ? "" : words("audit.detail." + detail.strip(), detail);
    }

    private static String words(String key, String otherwise) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString(key);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return otherwise;
        }
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public boolean isFiltered() {
        return filter.person() != null && !filter.person().isBlank() || filter.from() != null || filter.to() != null || filter.action() != null;
    }

    public PagedModel<AuditTrail.Line> getModel() {
        return model;
    }

    public ChainReport getReport() {
        return report;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
