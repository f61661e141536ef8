package org.learningnetwork.platform;

/**
 * Which text the application accepts from people and programs: no control characters (NUL, escape, the C1
 * controls and the like, which would be written raw into CSV, JSON and e-mails) and no unpaired surrogates
 * (which no database can store as UTF-8). Line breaks and tabs are text in a multi-line field only.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Whether multi-line text (line breaks and tabs allowed) is acceptable; {@code null} is. */
    public static boolean acceptable(String text) {
        return acceptable(text, true);
    }

    /** Whether text is acceptable, with line breaks and tabs only when {@code multiLine}; {@code null} is. */
    public static boolean acceptable(String text, boolean multiLine) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return false;
                }
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
