package org.learningnetwork.retention;

import jakarta.enterprise.context.Dependent;
import java.time.LocalTime;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The retention sweep's settings (see docs/configuration.md): when it runs each night, in the council's time
 * ({@code learningnetwork.retention.sweep-at}, {@code HH:mm}, 02:30 unless set), how many records one batch takes
 * ({@code learningnetwork.retention.batch-size}, 1 to 20,000, default 1,000) and how many batches run at once
 * ({@code learningnetwork.retention.threads}, 1 to 16, default 2).
 */
public final class RetentionSettings {

    /** The most records one batch may take (its statements choose them by id range, not by listing them). */
    static final int MAX_BATCH_SIZE = 20_000;

    public static final Setting<LocalTime> SWEEP_AT =
            Setting.of("learningnetwork.retention.sweep-at", "02:30", "a time of day such as 02:30", LocalTime::parse);
    public static final Setting<Integer> BATCH_SIZE = Setting.number("learningnetwork.retention.batch-size", 1_000, 1, MAX_BATCH_SIZE);
    public static final Setting<Integer> THREADS = Setting.number("learningnetwork.retention.threads", 2, 1, 16);

    private RetentionSettings() {
    }

    /** The retention settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
