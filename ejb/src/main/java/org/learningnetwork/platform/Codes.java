package org.learningnetwork.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The code a new thing is known by everywhere (a committee, a part of the register), made once from its name. */
public final class Codes {

    private Codes() {
    }

    /**
     * A code from the name ("Violence Against Women Partnership" becomes {@code VIOLENCE_AGAINST_WOMEN_PARTNERSHIP}):
     * capitals, digits and underscores, at most {@code max} characters ({@code fallback} for a name with none of
     * them), with {@code _2}, {@code _3}… added until {@code taken} says it is free.
     */
    public static String of(String name, int max, String fallback, Predicate<String> taken) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = fallback;
        }
        String code = cut(base, max);
        for (int n = 2; taken.test(code); n++) {
            String suffix = "_" + n;
            code = cut(base, max - suffix.length()) + suffix;
        }
        return code;
    }

    private static String cut(String code, int length) {
        return code.length() <= length ? code : code.substring(0, length).replaceAll("_+$", "");
    }
}
