package org.learningnetwork.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One setting of the application: a system property of the server (a JVM option, see {@code docs/configuration.md}),
 * what it means in values, its default, and which values it takes. A feature declares its settings as constants and
 * lists them in a {@link SettingGroup}; the application refuses to start with a setting it cannot use, naming it
 * ({@link #problem()}), so a mistyped value is found at deployment rather than when it is first needed. Read while
 * running ({@link #get()}), a value that is not usable gives the default, with one warning.
 *
 * @param <T> what the setting's value is
 */
public final class Setting<T> {

    private static final Logger LOG = Logger.getLogger(Setting.class.getName());
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final String name;
    private final String fallback;
    private final String expected;
    private final Function<String, T> parse;
    private final boolean secret;

    private Setting(String name, String fallback, String expected, Function<String, T> parse, boolean secret) {
        this.name = Objects.requireNonNull(name, "name");
        this.fallback = fallback;
        this.expected = Objects.requireNonNull(expected, "expected");
        this.parse = Objects.requireNonNull(parse, "parse");
        this.secret = secret;
    }

    /**
     * A setting of any kind: {@code parse} turns a value that is set (trimmed, never blank) into what it means, or throws
     * {@link IllegalArgumentException} or {@link DateTimeException} when it cannot; {@code fallback} is the default
     * (parsed the same way; {@code null}: none, and {@link #get()} gives {@code null} when unset).
     */
    public static <T> Setting<T> of(String name, String fallback, String expected, Function<String, T> parse) {
        return new Setting<>(name, fallback, expected, parse, false);
    }

    /** A whole number from {@code least} to {@code most}. */
    public static Setting<Integer> number(String name, int fallback, int least, int most) {
        return of(name, String.valueOf(fallback), range(least, most), value -> (int) within(Integer.parseInt(value), least, most));
    }

    /** A whole number from {@code least} to {@code most}, for values beyond an int. */
    public static Setting<Long> longNumber(String name, long fallback, long least, long most) {
        return of(name, String.valueOf(fallback), range(least, most), value -> within(Long.parseLong(value), least, most));
    }

    private static long within(long number, long least, long most) {
        if (number < least || number > most) {
            throw new IllegalArgumentException("out of range");
        }
        return number;
    }

    /** Any text; {@code fallback} {@code null} for none. */
    public static Setting<String> text(String name, String fallback) {
        return of(name, fallback, "any text", value -> value);
    }

    /** Text never written in a message or log (a password, a key). */
    public static Setting<String> secret(String name) {
        return new Setting<>(name, null, "any text", value -> value, true);
    }

    /** {@code true} or {@code false} (any case); {@code fallback} {@code null} for none. */
    public static Setting<Boolean> flag(String name, Boolean fallback) {
        return of(name, fallback == null ? null : fallback.toString(), "true or false", value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a flag");
        });
    }

    /** One of {@code choices} (any case), given back in lower case. */
    public static Setting<String> choice(String name, String fallback, String... choices) {
        Set<String> allowed = Set.of(choices);
        return of(name, fallback, "one of " + String.join(", ", choices), value -> {
            String chosen = value.toLowerCase(Locale.ROOT);
            if (!allowed.contains(chosen)) {
                throw new IllegalArgumentException("not a choice");
            }
            return chosen;
        });
    }

    /** An http or https address, without a trailing slash. */
    public static Setting<String> address(String name, String fallback) {
        return of(name, fallback, "an http or https address", value -> {
            String url = value;
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    throw new IllegalArgumentException("not an http address");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return url;
        });
    }

    /** The hours of a day as the hour field of a calendar timer: {@code 7}, {@code 7,19}, {@code 6-18} or {@code *}. */
    public static Setting<String> hours(String name, String fallback) {
        return of(name, fallback, "the hours of a day such as 7, 7,19, 6-18 or *", Setting::hourField);
    }

    /**
     * The minutes of an hour as the minute field of a calendar timer: {@code 7}, {@code 0,30}, {@code 0-59}, {@code *} or
     * a star, a slash and an interval ({@code *}{@code /15}).
     */
    public static Setting<String> minutes(String name, String fallback) {
        return of(name, fallback, "the minutes of an hour such as 7, 0,30, 0-59, * or */15", Setting::minuteField);
    }

    /** {@code value} as the hour attribute of a calendar timer: a star, or hours and ranges of hours. */
    static String hourField(String value) {
        String hour = "([01]?[0-9]|2[0-3])";
        if (!value.matches("\\*|" + hour + "(-" + hour + ")?(," + hour + "(-" + hour + ")?)*")) {
            throw new IllegalArgumentException("not hours of a day");
        }
        return value;
    }

    /** {@code value} as the minute attribute of a calendar timer: a star, a star and an interval, or minutes and ranges. */
    static String minuteField(String value) {
        String minute = "([0-5]?[0-9])";
        if (!value.matches("\\*|\\*/([1-9]|[1-5][0-9])|" + minute + "(-" + minute + ")?(," + minute + "(-" + minute + ")?)*")) {
            throw new IllegalArgumentException("not minutes of an hour");
        }
        return value;
    }

    /** A time zone by its name, such as {@code Europe/London}. */
    public static Setting<ZoneId> zone(String name, String fallback) {
        return of(name, fallback, "a time zone such as Europe/London", ZoneId::of);
    }

    /** The same setting, its value never written in a message or log. */
    public Setting<T> secret() {
        return new Setting<>(name, fallback, expected, parse, true);
    }

    private static String range(long least, long most) {
        if (most == Integer.MAX_VALUE || most == Long.MAX_VALUE) {
            return "a whole number of at least " + least;
        }
        return "a whole number from " + least + " to " + most;
    }

    /** The system property's name. */
    public String name() {
        return name;
    }

    /** Whether the server sets it (to something other than blanks). */
    public boolean isSet() {
        return raw(System.getProperties()) != null;
    }

    /** The value set on the server, or the default; the default when the value set cannot be used (warned once). */
    public T get() {
        return get(System.getProperties());
    }

    /** The value in {@code settings} (e.g. a test's), or the default; the default when it cannot be used (warned once). */
    public T get(Properties settings) {
        String raw = raw(settings);
        if (raw != null) {
            try {
                return parse.apply(raw);
            } catch (IllegalArgumentException | DateTimeException e) {
                if (WARNED.add(name + "=" + raw)) {
                    LOG.warning(() -> describe(raw) + "; the default " + fallback + " is used");
                }
            }
        }
        return fallback == null ? null : parse.apply(fallback);
    }

    /** What is wrong with the value set, naming the setting, or nothing when it is unset or usable. */
    public Optional<String> problem() {
        return problem(System.getProperties());
    }

    /** What is wrong with its value in {@code settings}, naming the setting, or nothing. */
    public Optional<String> problem(Properties settings) {
        String raw = raw(settings);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            parse.apply(raw);
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.of(describe(raw));
        }
    }

    private String describe(String raw) {
        return "The setting " + name + (secret ? " is set to a value that" : " is \"" + raw + "\", which") + " is not " + expected;
    }

    private String raw(Properties settings) {
        String value = settings.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return name;
    }
}
