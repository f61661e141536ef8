package org.learningnetwork.evaluation;

import java.time.Duration;
import org.learningnetwork.platform.Settings;

/**
 * How long people have to answer, read from the server's system properties (see the README):
 * {@code learningnetwork.evaluation.reminder-days} — a reminder goes this many days after a request, and another after
 * twice as many (default 7); {@code learningnetwork.evaluation.open-days} — a request closes this many days after it
 * was made (default 21). A course's impact is flagged when the share of follow-up answers saying practice changed is at
 * least {@code learningnetwork.impact.flag-gap} percentage points (default 30) below the share of end-of-course
 * respondents satisfied, given at least {@code learningnetwork.impact.flag-min-answers} such answers (default 5).
 */
public final class EvaluationSettings {

    private EvaluationSettings() {
    }

    public static Duration reminderAfter() {
        return Duration.ofDays(Settings.positive("learningnetwork.evaluation.reminder-days", 7));
    }

    public static Duration openFor() {
        return Duration.ofDays(Settings.positive("learningnetwork.evaluation.open-days", 21));
    }

    /** Percentage points between satisfaction and practice change at which a course is flagged. */
    public static int flagGapPoints() {
        return Settings.positive("learningnetwork.impact.flag-gap", 30);
    }

    /** Follow-up answers on practice change a course needs before it can be flagged. */
    public static int flagMinAnswers() {
        return Settings.positive("learningnetwork.impact.flag-min-answers", 5);
    }
}
