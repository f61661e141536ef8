package org.learningnetwork.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;

/**
 * The retention rules for the data protection officer: all of them, and one chosen ({@code ?type=}) to change;
 * the last sweeps with what each did per rule, and (for the officer) a sweep or a dry run started now. An unknown
 * type in the address shows the not-found page.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SWEEPS_SHOWN = 10;

    @Inject
    private RetentionScheduleService schedule;

    @Inject
    private RetentionSweep sweep;

    @Inject
    private Messages messages;

    private List<RetentionSweepRun> sweeps;

    private String type;
    private RetentionRule editing;
    private List<RetentionRule> rules;
    private String trigger;
    private String periodMonths;
    private String action;
    private long version;

    /** Reads the rules and the one to change (view action). */
    public void load() {
        if (rules != null) {
            return;
        }
        rules = schedule.rules();
        sweeps = sweep.recent(SWEEPS_SHOWN);
        if (type == null || type.isBlank()) {
            return;
        }
        editing = rules.stream().filter(r -> r.getRecordType().name().equals(type.strip())).findFirst().orElse(null);
        if (editing == null) {
            NotFound.respond();
            return;
        }
        trigger = editing.getTrigger().name();
        periodMonths = String.valueOf(editing.getPeriodMonths());
        action = editing.getAction().name();
        version = editing.getVersion();
    }

    /** Saves the rule being changed, or shows what is wrong on its fields. */
    public void save() {
        Integer months = null;
        try {
            months = Integer.valueOf(periodMonths == null ? "" : periodMonths.strip());
        } catch (NumberFormatException e) {
            // Reported by the schedule, as a period out of range, on the field.
        }
        Integer period = months;
        messages.attempt("ruleForm", () -> schedule.change(editing.getRecordType().name(), trigger, period, action, version))
                .ifPresent(saved -> messages.noticeAndGoTo("/dpo/retention.xhtml", "retention.saved"));
    }

    /** Sweeps now, or (dry run) counts what a sweep would do, and shows the result at the top of the sweeps. */
    public void sweep(boolean dryRun) {
        RetentionSweepRun run = sweep.runNow(dryRun);
        messages.noticeAndGoTo("/dpo/retention.xhtml", run.getStatus() == RetentionSweepRun.Status.FAILED
                ? "retention.sweep.failed" : dryRun ? "retention.sweep.dryRunDone" : "retention.sweep.done.notice");
    }

    public List<RetentionSweepRun> getSweeps() {
        return sweeps;
    }

    public List<RetentionRule> getRules() {
        return rules;
    }

    public RetentionRule getEditing() {
        return editing;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public String getPeriodMonths() {
        return periodMonths;
    }

    public void setPeriodMonths(String periodMonths) {
        this.periodMonths = periodMonths;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
