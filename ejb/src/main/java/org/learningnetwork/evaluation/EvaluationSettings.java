package org.learningnetwork.evaluation;

import java.time.Duration;
import org.learningnetwork.platform.Settings;

/**
 * How long people have to answer, read from the server's system properties (see the README):
 * {@code learningnetwork.evaluation.reminder-days} — a reminder goes this many days after a request, and another after
 * twice as many (default 7); {@code learningnetwork.evaluation.open-days} — a request closes this many days after it
 * was made (default 21).
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
}
