package org.learningnetwork.evaluation;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * How long people have to answer, read from the server's system properties (see docs/configuration.md):
 * {@code learningnetwork.evaluation.reminder-days} — a reminder goes this many days after a request, and another after
 * twice as many (default 7); {@code learningnetwork.evaluation.open-days} — a request closes this many days after it
 * was made (default 21). A course's impact is flagged when the share of follow-up answers saying practice changed is at
 * least {@code learningnetwork.impact.flag-gap} percentage points (default 30) below the share of end-of-course
 * respondents satisfied, given at least {@code learningnetwork.impact.flag-min-answers} such answers (default 5). Line
 * managers' monthly team summaries go at the hours and minutes {@code learningnetwork.team-summary.hour} and
 * {@code -minutes} give (the first of them in a month that finds last month's summary not sent: 07:41 on the first
 * unless an instance was down; several hours, the default 7-18, let another firing send what a stopped instance did not).
 */
public final class EvaluationSettings {

    public static final Setting<Integer> REMINDER_DAYS = Setting.number("learningnetwork.evaluation.reminder-days", 7, 1, Integer.MAX_VALUE);
    public static final Setting<Integer> OPEN_DAYS = Setting.number("learningnetwork.evaluation.open-days", 21, 1, Integer.MAX_VALUE);
    public static final Setting<Integer> FLAG_GAP = Setting.number("learningnetwork.impact.flag-gap", 30, 1, Integer.MAX_VALUE);
    public static final Setting<Integer> FLAG_MIN_ANSWERS =
            Setting.number("learningnetwork.impact.flag-min-answers", 5, 1, Integer.MAX_VALUE);
    /** The hours of each day at which last month's team summaries go to the managers who have not had theirs. */
    public static final Setting<String> TEAM_SUMMARY_HOUR = Setting.hours("learningnetwork.team-summary.hour", "7-18");
    /** The minutes of those hours. */
    public static final Setting<String> TEAM_SUMMARY_MINUTES = Setting.minutes("learningnetwork.team-summary.minutes", "41");

    private EvaluationSettings() {
    }

    public static Duration reminderAfter() {
        return Duration.ofDays(REMINDER_DAYS.get());
    }

    public static Duration openFor() {
        return Duration.ofDays(OPEN_DAYS.get());
    }

    /** Percentage points between satisfaction and practice change at which a course is flagged. */
    public static int flagGapPoints() {
        return FLAG_GAP.get();
    }

    /** Follow-up answers on practice change a course needs before it can be flagged. */
    public static int flagMinAnswers() {
        return FLAG_MIN_ANSWERS.get();
    }

    /** The evaluation settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
