package org.learningnetwork.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The privacy notice's "how long" section, written from the retention rules so it is never out of date. */
@Named
@RequestScoped
public class PrivacyNoticeView {

    @Inject
    private RetentionScheduleService schedule;

    private List<RetentionRule> rules;

    /** The fewest people a figure in a report may be about. */
    public int getSmallestCount() {
        return org.learningnetwork.figures.SmallNumbers.threshold();
    }

    public List<RetentionRule> getRules() {
        if (rules == null) {
            rules = schedule.rules();
        }
        return rules;
    }
}
