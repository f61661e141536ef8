package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionsTest {

    private static Map<String, Integer> places(List<String> items, String item, int by, int first) {
        Map<String, Integer> places = new LinkedHashMap<>();
        Positions.move(items, item, by, first, places::put);
        return places;
    }

    @Test
    void anItemMovesOnePlaceAndTheListIsNumberedAgain() {
        List<String> items = List.of("a", "b", "c");
        assertEquals(Map.of("a", 1, "c", 2, "b", 3), places(items, "c", -1, 1));
        assertEquals(Map.of("b", 0, "a", 1, "c", 2), places(items, "a", 5, 0), "one place, whatever the step");
    }

    @Test
    void atEitherEndNothingMoves() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        assertFalse(Positions.move(items, "a", -1, 1, (item, place) -> { }));
        assertFalse(Positions.move(items, "b", 1, 1, (item, place) -> { }));
        assertFalse(Positions.move(items, "z", 1, 1, (item, place) -> { }), "not in the list");
        assertTrue(Positions.move(items, "a", 1, 1, (item, place) -> { }));
        assertEquals(List.of("a", "b"), items, "the list given is left as it was");
    }
}
