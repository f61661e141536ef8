package org.learningnetwork.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    private static Map<String, Integer> column(Object... rowsAndPeople) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < rowsAndPeople.length; i += 2) {
            column.put((String) rowsAndPeople[i], (Integer) rowsAndPeople[i + 1]);
        }
        return column;
    }

    @Test
    void aFigureAboutSomeButFewerThanTheThresholdIsSmall() {
        assertTrue(SmallNumbers.small(1, 5));
        assertTrue(SmallNumbers.small(4, 5));
        assertFalse(SmallNumbers.small(5, 5), "the threshold itself is shown");
        assertFalse(SmallNumbers.small(0, 5), "nobody identifies no one");
        assertFalse(SmallNumbers.small(null, 5), "not about people");
    }

    @Test
    void oneSmallCellInAColumnHasTheNextSmallestWithheld() {
        assertEquals(Set.of("NHS"), SmallNumbers.secondary(column("Police", 1, "Council", 30, "NHS", 9, "Housing", 0), 5));
        assertEquals(Set.of("Council"), SmallNumbers.secondary(column("Police", 2, "Council", 9, "NHS", 9), 5), "the first among equals");
    }

    @Test
    void noneOrSeveralSmallCellsNeedNothingMore() {
        assertEquals(Set.of(), SmallNumbers.secondary(column("Police", 6, "Council", 30), 5));
        assertEquals(Set.of(), SmallNumbers.secondary(column("Police", 1, "Council", 3, "NHS", 40), 5), "two hidden: neither can be worked out");
        assertEquals(Set.of(), SmallNumbers.secondary(column("Police", 1, "Housing", 0), 5), "nothing else about people to withhold");
    }

    @Test
    void theThresholdIsSetOnTheServerAndAtLeastTwo() {
        assertEquals(5, SmallNumbers.SMALLEST_COUNT.get(new Properties()));
        assertEquals(10, SmallNumbers.SMALLEST_COUNT.get(smallestCount("10")));
        assertEquals(5, SmallNumbers.SMALLEST_COUNT.get(smallestCount("1")), "below two: the default, never less");
        assertEquals("The setting learningnetwork.reporting.smallest-count is \"1\", which is not a whole number from 2 to 1000",
                SmallNumbers.SMALLEST_COUNT.problem(smallestCount("1")).orElseThrow(), "refused at start-up, named");
        assertEquals(5, SmallNumbers.SMALLEST_COUNT.get(smallestCount("many")));
    }

    private static Properties smallestCount(String value) {
        Properties settings = new Properties();
        settings.setProperty(SmallNumbers.SMALLEST_COUNT.name(), value);
        return settings;
    }
}
