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
    public record PersonalTable(String name, String condition, Set<String> secrets, String withheldReason, String title) {

        /** How many times the condition needs the person's id. */
        public int parameters() {
            return (int) condition.chars().filter(c -> c == '?').count();
        }
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
                personal.put(table, new PersonalTable(table, value, words(secrets), properties.getProperty("withheld." + table),
                        title.strip()));
            } else if (key.startsWith("none.")) {
                none.put(table, words(value));
            } else if (!key.startsWith("secret.") && !key.startsWith("withheld.") && !key.startsWith("title.")
                    && !key.equals("secrets.reason")) {
                throw new IllegalStateException("Unknown classification " + key);
            }
        }
        return new PersonalData(personal, none, properties.getProperty("secrets.reason"));
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }
}
