package org.learningnetwork.figures;

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
        return org.learningnetwork.platform.Codes.of(name, MAX, "COMMITTEE", taken);
    }
}
