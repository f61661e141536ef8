package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DateTextTest {

    @Test
    void writtenOutInTheCouncilsTimeZone() {
        Instant summerMorning = Instant.parse("2026-07-01T08:30:00Z");
        assertEquals("Wednesday 1 July 2026, 09:30", DateText.dayAndTime(summerMorning), "British Summer Time");
        assertEquals("Wednesday 1 July 2026", DateText.day(summerMorning));
        assertEquals("09:30", DateText.time(summerMorning));
        assertEquals("Tuesday 1 December 2026, 09:30", DateText.dayAndTime(Instant.parse("2026-12-01T09:30:00Z")), "Greenwich Mean Time");
        assertEquals("2026-07-02", DateText.isoDay(Instant.parse("2026-07-01T23:30:00Z")), "half past midnight in the council's day");
        assertEquals("Tuesday 1 December 2026", DateText.date(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void nothingForNone() {
        assertEquals("", DateText.dayAndTime(null));
        assertEquals("", DateText.day(null));
        assertEquals("", DateText.time(null));
        assertEquals("", DateText.date(null));
        assertEquals("", DateText.isoDay(null));
    }

    /** A function the tag library names that DateText lacks would fail the first page that calls it, when it is opened. */
    @Test
    void everyFunctionOfTheTagLibraryIsAStaticMethod() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList functions = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/ln.taglib.xml").toFile())
                .getElementsByTagNameNS("*", "function");
        Pattern signature = Pattern.compile("\\s*([\\w.]+)\\s+(\\w+)\\s*\\(\\s*([\\w.]+)\\s*\\)\\s*");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < functions.getLength(); i++) {
            Element function = (Element) functions.item(i);
            Class<?> type = Class.forName(text(function, "function-class"));
            Matcher parts = signature.matcher(text(function, "function-signature"));
            if (!parts.matches()) {
                found.add("unreadable: " + text(function, "function-signature"));
                continue;
            }
            Method method = type.getMethod(parts.group(2), Class.forName(parts.group(3)));
            assertEquals(parts.group(1), method.getReturnType().getName(), method.getName());
            assertEquals(true, Modifier.isStatic(method.getModifiers()), method.getName() + " is static");
            found.add(text(function, "function-name") + "=" + method.getName());
        }
        assertEquals(List.of("dayAndTime=dayAndTime", "day=day", "time=time", "date=date", "isoDay=isoDay"), found);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().trim();
    }
}
