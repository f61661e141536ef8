package org.learningnetwork.platform;

import java.util.Locale;

/** Normalisation of text typed by people, so that the same value is stored and compared the same way. */
public final class Text {

    private Text() {
    }

    /** Trims and collapses inner runs of white space; {@code null} and blank become {@code null}. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The key under which a name is unique: cleaned and lower case. */
    public static String key(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }

    /** A search term for a SQL {@code like}: lower case, wildcards in the input escaped, wrapped in {@code %}. */
    public static String containsPattern(String value) {
        String key = key(value);
        if (key == null) {
            return "%";
        }
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
