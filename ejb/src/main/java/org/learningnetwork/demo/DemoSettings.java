package org.learningnetwork.demo;

import jakarta.enterprise.context.Dependent;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The demonstration's settings: {@code learningnetwork.demo} ({@code true} fills an empty database with the demo
 * partnership and starts the demo mailbox; never on a council's server) and {@code learningnetwork.demo.smtp-port}
 * (where the demo mailbox listens, 2525 unless set).
 */
public final class DemoSettings {

    public static final Setting<Boolean> DEMO = Setting.flag("learningnetwork.demo", false);
    public static final Setting<Integer> SMTP_PORT = Setting.number("learningnetwork.demo.smtp-port", 2525, 1, 65_535);

    private DemoSettings() {
    }

    /** The demonstration's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
