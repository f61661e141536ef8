package org.learningnetwork.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The classification of every table of the schema ({@code personal-data.properties}): which tables hold data
 * about people and how a person's rows are found, which of their columns are withheld as secrets, and, for the
 * tables without personal data, every column (so that a new one must be classified before the tests pass).
 */
public final class PersonalData {

    /**
     * A table with rows about people: the condition selecting a person's rows ({@code ?}: their id), secrets, why
     * withheld from the person's own copy, and its title in the readable copy.
     */
    public record PersonalTable(String name, String condition, Set<String> secrets, String withheldReason, String title,
                                Set<String> about, Set<RecordType> retention, Map<String, Set<RecordType>> columnRetention,
                                Map<String, String> through) {

        /** How many times the condition needs the person's id. */
        public int parameters() {
            return (int) condition.chars().filter(c -> c == '?').count();
        }

        /** Whether the condition uses the column (by its name, as a word), so that rows about a person through it are found. */
        public boolean uses(String column) {
            return java.util.regex.Pattern.compile("(?<![a-z0-9_.])" + java.util.regex.Pattern.quote(column) + "(?![a-z0-9_])")
                    .matcher(condition).find();
        }
    }

    /**
     * Whether a column is about a person by its name alone: {@code person_id}, {@code ..._person_id},
     * {@code ..._account_id}, one with {@code email} in it, or {@code recipient}.
     */
    public static boolean namesAPerson(String column) {
        return column.matches("(.*_)?person_id|.*_account_id|.*email.*|recipient");
    }

    private static final PersonalData INSTANCE = load();

    private final Map<String, PersonalTable> personal;
    private final Map<String, Set<String>> none;
    private final String secretsReason;

    private PersonalData(Map<String, PersonalTable> personal, Map<String, Set<String>> none, String secretsReason) {
        this.personal = personal;
        this.none = none;
        this.secretsReason = secretsReason;
    }

    public static PersonalData get() {
        return INSTANCE;
    }

    /** The tables about people, by name. */
    public List<PersonalTable> personalTables() {
        return List.copyOf(personal.values());
    }

    /** What an export says of the secrets it withholds. */
    public String secretsReason() {
        return secretsReason;
    }

    /** The tables without personal data, each with all its columns. */
    public Map<String, Set<String>> otherTables() {
        return none;
    }

    private static PersonalData load() {
        Properties properties = new Properties();
        try (InputStream in = PersonalData.class.getResourceAsStream("personal-data.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, PersonalTable> personal = new TreeMap<>();
        Map<String, Set<String>> none = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String table = key.substring(key.indexOf('.') + 1);
            String value = properties.getProperty(key).strip();
            if (key.startsWith("personal.")) {
                String secrets = properties.getProperty("secret." + table, "");
                String title = properties.getProperty("title." + table);
                if (title == null || title.isBlank()) {
                    throw new IllegalStateException("No title." + table + " for the readable copy of a person's data");
                }
                Map<String, Set<RecordType>> columns = new TreeMap<>();
                String prefix = "retention." + table + ".";
                properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                        .forEach(k -> columns.put(k.substring(prefix.length()), recordTypes(k, properties.getProperty(k))));
                Map<String, String> through = new TreeMap<>();
                String throughPrefix = "through." + table + ".";
                properties.stringPropertyNames().stream().filter(k -> k.startsWith(throughPrefix))
                        .forEach(k -> through.put(k.substring(throughPrefix.length()), properties.getProperty(k).strip()));
                personal.put(table, new PersonalTable(table, value, words(secrets), properties.getProperty("withheld." + table),
                        title.strip(), words(properties.getProperty("about." + table, "")),
                        recordTypes("retention." + table, properties.getProperty("retention." + table, "")), columns, through));
            } else if (key.startsWith("none.")) {
                none.put(table, words(value));
            } else if (key.startsWith("retention.") && !properties.containsKey("personal." + table.split("\\.")[0])) {
                throw new IllegalStateException(key + " gives a retention rule to a table classified without personal data");
            } else if (key.startsWith("about.") && !properties.containsKey("personal." + table)) {
                throw new IllegalStateException(key + " names columns about a person in a table classified without personal data");
            } else if (!key.startsWith("secret.") && !key.startsWith("withheld.") && !key.startsWith("title.")
                    && !key.startsWith("about.") && !key.startsWith("retention.") && !key.startsWith("through.")
                    && !key.equals("secrets.reason")) {
                throw new IllegalStateException("Unknown classification " + key);
            }
        }
        return new PersonalData(personal, none, properties.getProperty("secrets.reason"));
    }

    /** The record types named (a retention rule each); an unknown name is a mistake in the file. */
    private static Set<RecordType> recordTypes(String key, String names) {
        Set<RecordType> types = java.util.EnumSet.noneOf(RecordType.class);
        for (String name : words(names)) {
            try {
                types.add(RecordType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(key + " names " + name + ", which is no retention rule's record type");
            }
        }
        return types;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }
}
