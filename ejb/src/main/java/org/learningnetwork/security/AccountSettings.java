package org.learningnetwork.security;

import java.time.Duration;

/**
 * How long the links that set a password work: an invitation {@code learningnetwork.accounts.invitation-days} (7), a
 * forgotten password's link {@code learningnetwork.accounts.reset-minutes} (60), the first administrator's a day.
 */
public final class AccountSettings {

    private AccountSettings() {
    }

    public static Duration lasts(AccountLink.Purpose purpose) {
        return switch (purpose) {
            case INVITATION -> Duration.ofDays(setting("learningnetwork.accounts.invitation-days", 7, 1, 60));
            case RESET -> Duration.ofMinutes(setting("learningnetwork.accounts.reset-minutes", 60, 5, 24 * 60));
            case FIRST_ADMINISTRATOR -> Duration.ofDays(1);
        };
    }

    private static long setting(String property, long fallback, long least, long most) {
        try {
            long value = Long.parseLong(System.getProperty(property, String.valueOf(fallback)).trim());
            return Math.max(least, Math.min(most, value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
