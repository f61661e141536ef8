package org.learningnetwork.platform;

/** Reading the application's settings from the server's system properties (JVM options; see the README). */
public final class Settings {

    private Settings() {
    }

    /** A whole number above zero from {@code property}; the fallback when unset, not a number, or not above zero. */
    public static int positive(String property, int fallback) {
        try {
            int value = Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).trim());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
