package org.learningnetwork.platform;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Fills the {placeholders} of a template (an e-mail's text); unknown ones stay as they are. */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
