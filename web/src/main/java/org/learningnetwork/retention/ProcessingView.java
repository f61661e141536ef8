package org.learningnetwork.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The record of processing for the data protection officer: each activity, with the retention rules as they are
 * set now, and who the controller and the officer are (system properties {@value #CONTROLLER} and
 * {@value #DPO_CONTACT}).
 */
@Named
@RequestScoped
public class ProcessingView {

    /** The controller, as the record names it. */
    public static final Setting<String> CONTROLLER = Setting.text("learningnetwork.controller", null);
    /** How to reach the data protection officer. */
    public static final Setting<String> DPO_CONTACT = Setting.text("learningnetwork.dpo-contact", null);

    @Inject
    private RetentionScheduleService schedule;

    private Map<RecordType, RetentionRule> rules;

    public List<ProcessingActivity> getActivities() {
        return List.of(ProcessingActivity.values());
    }

    /** The rule in force for a type of record. */
    public RetentionRule rule(RecordType type) {
        if (rules == null) {
            rules = schedule.rules().stream().collect(Collectors.toMap(RetentionRule::getRecordType, Function.identity()));
        }
        return rules.get(type);
    }

    /** The controller as configured, or nothing (the page then says it is not set). */
    public String getController() {
        return CONTROLLER.get();
    }

    public String getDpoContact() {
        return DPO_CONTACT.get();
    }

    /** The record of processing's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
