package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Every page and included fragment is well-formed (a page that is not fails only when someone opens it) and every
 * message it names literally ({@code msg['key']}) is in the bundle (a missing one shows as ???key??? to the person).
 * Pages call no methods to join strings or write dates (see {@link DateText}), and a page calling the tag library's
 * functions declares it.
 */
class PagesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    /** Methods an expression would look up by reflection at every call: {@code +=} and the ln functions instead. */
    private static final Pattern LOOKED_UP = Pattern.compile("\\.concat\\(|\\bdates\\.(dayAndTime|day|time|date|isoDay)\\(");
    private static final Pattern FUNCTION = Pattern.compile("\\bln:(dayAndTime|day|time|date|isoDay)\\(");
    private static final String TAG_LIBRARY = "xmlns:ln=\"https://learningnetwork.org/tags\"";

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    @Test
    void everyPageIsWellFormed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            try {
                var builder = factory.newDocumentBuilder();
                builder.setErrorHandler(null);
                builder.parse(page.toFile());
            } catch (org.xml.sax.SAXException e) {
                broken.add(PAGES.relativize(page) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyMessageAPageNamesIsInTheBundle() throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE);
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(page));
            while (key.find()) {
                if (!texts.containsKey(key.group(1))) {
                    missing.add(PAGES.relativize(page) + ": " + key.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void pagesJoinStringsAndWriteDatesWithoutMethodCalls() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            Matcher call = LOOKED_UP.matcher(text);
            while (call.find()) {
                found.add(PAGES.relativize(page) + ": " + call.group());
            }
            if (FUNCTION.matcher(text).find() && !text.contains(TAG_LIBRARY)) {
                found.add(PAGES.relativize(page) + ": ln functions without the tag library");
            }
        }
        assertEquals(List.of(), found);
    }
}
