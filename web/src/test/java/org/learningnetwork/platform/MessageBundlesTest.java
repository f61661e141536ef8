package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A constraint's message key reaches the screens and the API as a {@link RejectedException} problem, which they word
 * from the web bundle: every key of the EJB module's ValidationMessages must be there, or the person reads "This value
 * is not valid." instead of what to do.
 */
class MessageBundlesTest {

    @Test
    void everyConstraintMessageIsWordedForTheScreens() throws IOException {
        Properties constraints = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ValidationMessages.properties")) {
            constraints.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        ResourceBundle screens = ResourceBundle.getBundle(Messages.BUNDLE);
        List<String> missing = constraints.stringPropertyNames().stream().filter(key -> !screens.containsKey(key)).sorted().toList();
        assertEquals(List.of(), missing);
    }

    /**
     * A message with arguments is a MessageFormat pattern, where a lone apostrophe quotes what follows: "this committee's
     * strands in {0}" would print "{0}" as written and lose the apostrophe. Such messages use the typographic apostrophe.
     */
    @Test
    void noMessageWithArgumentsHasAStraightApostrophe() throws IOException {
        List<String> wrong = new java.util.ArrayList<>();
        for (String bundle : List.of("org/learningnetwork/messages.properties", "org/learningnetwork/figures/figures.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.stringPropertyNames().stream().sorted().filter(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*")
                    && messages.getProperty(key).replace("''", "").contains("'")).forEach(key -> wrong.add(bundle + ": " + key));
        }
        assertEquals(List.of(), wrong);
    }
}
