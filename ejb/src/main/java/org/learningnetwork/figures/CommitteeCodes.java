package org.learningnetwork.figures;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The code a new committee is known by everywhere, made once from its name: capitals and underscores, unique. */
public final class CommitteeCodes {

    /** The longest code the database holds. */
    public static final int MAX = 40;

    private CommitteeCodes() {
    }

    /**
     * A code from the name ("Violence Against Women Partnership" becomes {@code VIOLENCE_AGAINST_WOMEN_PARTNERSHIP}),
     * at most {@link #MAX} characters, with {@code _2}, {@code _3}… added until {@code taken} says it is free.
     */
    public static String of(String name, Predicate<String> taken) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "COMMITTEE";
        }
        String code = cut(base, MAX);
        for (int n = 2; taken.test(code); n++) {
            String suffix = "_" + n;
            code = cut(base, MAX - suffix.length()) + suffix;
        }
        return code;
    }

    private static String cut(String code, int length) {
        return code.length() <= length ? code : code.substring(0, length).replaceAll("_+$", "");
    }
}
