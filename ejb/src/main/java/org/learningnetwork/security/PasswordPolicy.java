package org.learningnetwork.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a new password must be, after the NCSC's guidance: long rather than complex (at least {@value #SHORTEST}
 * characters, any characters, no rules about digits or symbols, up to {@value #LONGEST} so that pass phrases fit),
 * and not one that attackers try first. The last is judged by nbvcxz, which estimates the guesses a password takes
 * against 100,000 passwords from public breaches, English words, names, keyboard patterns, sequences, dates and
 * substitutions such as {@code 0} for {@code o}; a password estimated under {@value #LEAST_BITS} bits is refused,
 * and so is one built on the person's own names, username or e-mail address.
 *
 * <p>Pure: the answer depends on the password and the person's words only.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 12;
    public static final int LONGEST = 256;
    static final double LEAST_BITS = 40;

    /**
     * How long the estimator may look for the weakest reading of a password before it settles for a rougher one that
     * can miss a name or a common word in it. Its default, half a second, was too short on a busy two-core server (a
     * name plus a year passed); a password is at most {@link #LONGEST} characters, and this bounds the time it costs.
     */
    private static final long ESTIMATE_TIME_MILLIS = 5_000;

    private static final String BREACHED = "passwords";
    private static final String PERSONAL = "personal";

    /** The lists, loaded once (about half a second). */
    private static final class Lists {
        static final List<Dictionary> DEFAULT = ConfigurationBuilder.getDefaultDictionaries();
    }

    private PasswordPolicy() {
    }

    /**
     * What is wrong with the password, as a message key, or nothing: {@code account.password.tooShort},
     * {@code .tooLong}, {@code .personal} (built on one of {@code personalWords}), {@code .common} (a common or breached
     * password, perhaps with digits or symbols added) or {@code .guessable} (another pattern that is quickly guessed).
     */
    public static Optional<String> problem(String password, Collection<String> personalWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < SHORTEST) {
            return Optional.of("account.password.tooShort");
        }
        if (length > LONGEST) {
            return Optional.of("account.password.tooLong");
        }
        List<Dictionary> dictionaries = new ArrayList<>(Lists.DEFAULT);
        List<String> words = words(personalWords);
        if (!words.isEmpty()) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName(PERSONAL).setExclusion(true).addWords(words, 0).createDictionary());
        }
        Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries).setMinimumEntropy(LEAST_BITS)
                .setMaxLength(LONGEST).setCombinationAlgorithmTimeout(ESTIMATE_TIME_MILLIS).createConfiguration();
        Result result = new Nbvcxz(configuration).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        if (result.getMatches().stream().anyMatch(m -> m instanceof DictionaryMatch d && PERSONAL.equals(d.getDictionaryName()))) {
            return Optional.of("account.password.personal");
        }
        if (result.getMatches().stream().anyMatch(m -> m instanceof DictionaryMatch d && BREACHED.equals(d.getDictionaryName()))) {
            return Optional.of("account.password.common");
        }
        return Optional.of("account.password.guessable");
    }

    /** The person's words worth looking for: names, and the parts of a username or e-mail address, of three letters or more. */
    static List<String> words(Collection<String> personalWords) {
        List<String> words = new ArrayList<>();
        for (String text : personalWords) {
            if (text == null) {
                continue;
            }
            for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3 && !words.contains(part)) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
