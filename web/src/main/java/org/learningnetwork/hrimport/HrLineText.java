package org.learningnetwork.hrimport;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What an HR import's line or problem says, in words: the reasons a row is refused (each {@code key|argument}, a
 * field's name as argument put in words too), the fields a change changes, and a file's problem.
 */
public final class HrLineText {

    private final ResourceBundle texts;
    private final Locale locale;

    public HrLineText(ResourceBundle texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The line's reasons or changes, in words, joined. */
    public String of(HrImportService.Line line) {
        List<String> parts = new ArrayList<>();
        for (String detail : line.details()) {
            parts.add(line.outcome() == HrPlanner.Outcome.ERROR ? problem(detail) : word("hr.change." + detail, detail));
        }
        if (line.outcome() == HrPlanner.Outcome.ERROR) {
            return String.join(" ", parts);
        }
        return parts.isEmpty() ? "" : texts.getString("hr.change.prefix") + " " + String.join(", ", parts);
    }

    /** One problem ({@code key} or {@code key|argument}) in words. */
    public String problem(String detail) {
        int bar = detail.indexOf('|');
        String key = bar < 0 ? detail : detail.substring(0, bar);
        String argument = bar < 0 ? "" : detail.substring(bar + 1);
        String pattern = word(key, key);
        String shown = word("hr.field." + argument, argument);
        return new MessageFormat(pattern, locale).format(new Object[] {shown});
    }

    private String word(String key, String fallback) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
