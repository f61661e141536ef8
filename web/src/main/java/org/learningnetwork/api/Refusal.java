package org.learningnetwork.api;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.learningnetwork.platform.RejectedException;

/**
 * A request the application refused (HTTP 409): {@code status}, {@code error} ({@code refused}) and each
 * {@code problems} item with the {@code field} it concerns (absent for the whole request), a stable
 * {@code code} and the {@code message} the screens show.
 */
public record Refusal(int status, String error, List<Problem> problems) {

    public record Problem(String field, String code, String message) {
    }

    static Refusal of(RejectedException rejected) {
        ResourceBundle texts = ResourceBundle.getBundle("org.learningnetwork.messages", Locale.UK);
        return new Refusal(409, "refused", rejected.getProblems().stream()
                .map(p -> new Problem(p.field(), p.messageKey(), text(texts, p.messageKey(), p.arguments()))).toList());
    }

    private static String text(ResourceBundle texts, String key, java.util.List<String> arguments) {
        try {
            return arguments.isEmpty() ? texts.getString(key) : java.text.MessageFormat.format(texts.getString(key), arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
