package org.learningnetwork.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The record of processing for the data protection officer: each activity, with the retention rules as they are
 * set now, and who the controller and the officer are (system properties {@value #CONTROLLER} and
 * {@value #DPO_CONTACT}).
 */
@Named
@RequestScoped
public class ProcessingView {

    /** System property: the controller, as the record names it. */
    public static final String CONTROLLER = "learningnetwork.controller";
    /** System property: how to reach the data protection officer. */
    public static final String DPO_CONTACT = "learningnetwork.dpo-contact";

    @Inject
    private RetentionSchedule schedule;

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
        return setting(CONTROLLER);
    }

    public String getDpoContact() {
        return setting(DPO_CONTACT);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
