package org.learningnetwork.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.evaluation.ImpactEvaluationJob;
import org.learningnetwork.jobs.JobExecutions;
import org.learningnetwork.jobs.JobRun;
import org.learningnetwork.jobs.JobRunRecords;
import org.learningnetwork.jobs.JobRunStep;
import org.learningnetwork.platform.Messages;

/**
 * The learning team's batch jobs page ({@code /coordinator/jobs.xhtml}): work out a quarter's KPI figures, run the
 * impact evaluation now, and follow the executions — status, steps with their counts, progress while running (the
 * list refreshes itself then) — restarting a failed one from its last checkpoint.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "kpiForm";
    private static final int SHOWN = 20;

    @Inject
    private KpiJob kpiJob;

    @Inject
    private ImpactEvaluationJob impactJob;

    @Inject
    private JobExecutions executions;

    @Inject
    private JobRunRecords records;

    @Inject
    private Messages messages;

    @Inject
    private org.learningnetwork.reporting.ReportPack packs;

    @Inject
    private org.learningnetwork.figures.CommitteeAdminService committees;

    private transient java.util.Map<String, String> committeeNames;

    private String quarter;
    private String impactQuarter;
    private transient List<JobRun> runs;
    private transient List<JobRun> kpiRunList;
    private transient List<org.learningnetwork.reporting.ReportFile> reports;

    public void runKpi() {
        messages.attempt(FORM, () -> kpiJob.run(quarter))
                .ifPresent(id -> messages.noticeAndGoTo("/coordinator/jobs.xhtml", "jobs.kpi.started", quarter.strip().toUpperCase(), id));
    }

    public void runImpact() {
        boolean all = impactQuarter == null || impactQuarter.isBlank();
        messages.attempt("impactForm", () -> all ? impactJob.runNow() : impactJob.runFor(impactQuarter))
                .ifPresent(id -> messages.noticeAndGoTo("/coordinator/jobs.xhtml", "jobs.impact.started", id));
    }

    public void restart(long id) {
        messages.attempt("runsForm", () -> executions.restart(id))
                .ifPresent(newId -> messages.noticeAndGoTo("/coordinator/jobs.xhtml", "jobs.restarted", id, newId));
    }

    public String getImpactQuarter() {
        return impactQuarter;
    }

    public void setImpactQuarter(String impactQuarter) {
        this.impactQuarter = impactQuarter;
    }

    public List<JobRun> getRuns() {
        if (runs == null) {
            runs = executions.latest(SHOWN);
        }
        return runs;
    }

    /** Forgets the list, so that the next look reads it again (the poll while something runs). */
    public void refresh() {
        runs = null;
        kpiRunList = null;
        reports = null;
    }

    /** A step's name in words ({@code jobs.step.<job>.<step>}). */
    public String stepName(JobRun run, JobRunStep step) {
        return messages.text("jobs.step." + run.job() + "." + step.name());
    }

    /**
     * A step's outcome in words: the exit status {@code CODE[:n[:m]]} a step gives is {@code jobs.exit.CODE} with the numbers
     * filled in; the batch runtime's own statuses (COMPLETED, FAILED...) as the run's statuses are.
     */
    public String outcome(JobRunStep step) {
        if (step.exitStatus() == null) {
            return "";
        }
        String[] parts = step.exitStatus().split(":");
        Object[] numbers = java.util.Arrays.stream(parts).skip(1).map(n -> {
            try {
                return (Object) Long.valueOf(n);
            } catch (NumberFormatException e) {
                return n;
            }
        }).toArray();
        return messages.text(parts.length > 1 ? "jobs.exit." + parts[0] : "jobs.status." + parts[0], numbers);
    }

    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(JobRun::isRunning);
    }

    /** The latest KPI run of each quarter, newest quarter first. */
    public List<JobRun> getKpiRuns() {
        if (kpiRunList == null) {
            kpiRunList = records.latestPerQuarter(KpiJob.JOB);
        }
        return kpiRunList;
    }

    /** The report packs' files stored, newest quarter first. */
    /** A committee's name for its code (the code itself for one no longer known). */
    public String committeeName(String code) {
        if (committeeNames == null) {
            committeeNames = new java.util.HashMap<>();
            committees.all().forEach(listed -> committeeNames.put(listed.committee().getCode(), listed.committee().getName()));
        }
        return committeeNames.getOrDefault(code, code);
    }

    public List<org.learningnetwork.reporting.ReportFile> getReports() {
        if (reports == null) {
            reports = packs.stored();
        }
        return reports;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }
}
