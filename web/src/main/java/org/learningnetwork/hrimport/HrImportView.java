package org.learningnetwork.hrimport;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.jobs.JobRun;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PagedModel;

/**
 * One HR import: where it has got to, what applying it would do (or did), line by line with a filter by outcome,
 * the report of its lines as CSV, and the actions its status allows: apply, check again, discard, try again.
 */
@Named
@ViewScoped
public class HrImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "importForm";

    @Inject
    private HrImportService imports;

    @Inject
    private HrImportJob job;

    @Inject
    private Messages messages;

    private String id;
    private String outcome;
    private HrImportService.Summary summary;
    private JobRun run;
    private PagedModel<HrImportService.Line> lines;

    public void load() {
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            summary = imports.find(Long.parseLong(id));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        run = job.latestRun(summary.id()).orElse(null);
        Outcome shown = chosenOutcome().orElse(null);
        long importId = summary.id();
        lines = new PagedModel<>(page -> {
            try {
                return imports.lines(importId, shown, page);
            } catch (NotFoundException e) {
                return new org.learningnetwork.platform.Page<>(List.of(), 0);
            }
        });
    }

    private Optional<Outcome> chosenOutcome() {
        try {
            return outcome == null || outcome.isBlank() ? Optional.empty() : Optional.of(Outcome.valueOf(outcome));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void apply() {
        act(() -> job.apply(summary.id()), "hr.applying");
    }

    public void recheck() {
        act(() -> job.recheck(summary.id()), "hr.checking");
    }

    public void discard() {
        act(() -> imports.discard(summary.id()), "hr.discarded");
    }

    public void retry() {
        act(() -> job.retry(summary.id()), "hr.retried");
    }

    /** While the import is being worked on: the page again once it has moved on. */
    public void poll() {
        try {
            if (imports.find(summary.id()).status() != summary.status()
                    || !job.latestRun(summary.id()).map(JobRun::getStatus).equals(Optional.ofNullable(run).map(JobRun::getStatus))) {
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + here());
            }
        } catch (NotFoundException | java.io.IOException e) {
            NotFound.respond();
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws org.learningnetwork.platform.RejectedException, NotFoundException;
    }

    private void act(Action action, String notice) {
        messages.attempt(FORM, () -> {
            action.run();
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), notice));
    }

    private String here() {
        return "/admin/hr-import-run.xhtml?id=" + summary.id() + (chosenOutcome().isPresent() ? "&outcome=" + outcome : "");
    }

    /** The line's reasons or changes in words. */
    public String describe(HrImportService.Line line) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return new HrLineText(ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale()),
                faces.getViewRoot().getLocale()).of(line);
    }

    /** The import's problem (a file refused whole) in words. */
    public String getProblem() {
        if (summary == null || summary.problem() == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return new HrLineText(ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale()),
                faces.getViewRoot().getLocale()).problem(summary.problem());
    }

    /** Whether the run checking or applying it failed or stopped: Try again. */
    public boolean isStuck() {
        return summary != null && summary.status().working() && (run == null || !run.isRunning());
    }

    public boolean isWorking() {
        return summary != null && summary.status().working() && !isStuck();
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.CREATE, Outcome.CHANGE, Outcome.DEACTIVATE, Outcome.ERROR);
    }

    public HrImportService.Summary getSummary() {
        return summary;
    }

    public JobRun getRun() {
        return run;
    }

    public PagedModel<HrImportService.Line> getLines() {
        return lines;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
