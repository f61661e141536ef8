package org.learningnetwork.security;

import jakarta.enterprise.context.Dependent;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * How the sign-in page tells clients apart and slows down guessing from one of them (see docs/configuration.md): the
 * proxies whose {@code X-Forwarded-For} is believed, the failures a client may have in a quarter of an hour before it
 * waits, and the longest wait; and how often a signed-in session's account is read again.
 */
public final class SignInSettings {

    /** The addresses of the proxies in front of the server, comma-separated; none unless set. */
    public static final Setting<String> TRUSTED_PROXIES = Setting.text("learningnetwork.trusted-proxies", "");
    public static final Setting<Integer> CLIENT_FREE_FAILURES =
            Setting.number("learningnetwork.signin.client-free-failures", 20, 1, 10_000);
    public static final Setting<Integer> CLIENT_LONGEST_WAIT_MINUTES =
            Setting.number("learningnetwork.signin.client-longest-wait-minutes", 15, 1, 24 * 60);
    /** How often a signed-in session's account is read again, at most, to end the session when it changed ({@link SignedInCheck}). */
    public static final Setting<Integer> ACCOUNT_CHECK_SECONDS =
            Setting.number("learningnetwork.session.account-check-seconds", 60, 0, 3600);

    private SignInSettings() {
    }

    /** The sign-in page's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
