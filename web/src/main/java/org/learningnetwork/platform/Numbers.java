package org.learningnetwork.platform;

import java.math.BigDecimal;

/** Numbers typed into forms: read leniently (spaces, commas as thousands), rejected as {@code null} when not a number. */
public final class Numbers {

    private Numbers() {
    }

    /** A whole number, or {@code null} if the text is empty or not one. Range checks belong to the model. */
    public static Integer wholeNumber(String text) {
        String cleaned = plain(text);
        if (cleaned == null || !cleaned.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(cleaned);
    }

    /** A decimal with at most {@code scale} places, or {@code null} if the text is empty or not one. */
    public static BigDecimal decimal(String text, int scale) {
        String cleaned = plain(text);
        if (cleaned == null || !cleaned.matches("-?\\d{1,7}(\\.\\d{1," + scale + "})?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }

    private static String plain(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? null : cleaned.replace(",", "").replace(" ", "");
    }
}
