package org.learningnetwork.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public record Sample(Boolean dryRun, boolean confirm, Long id, int count, String need) {
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String refusedField(String text) {
        return assertThrows(BadParameterException.class, () -> StrictJson.read(Sample.class, json(text)), text).getParameter();
    }

    @Test
    void wellTypedFieldsAreRead() {
        Sample sample = StrictJson.read(Sample.class, json("{\"dryRun\":false,\"confirm\":true,\"id\":9007199254740993,\"count\":3,\"need\":\"Line one\\nline two\"}"));
        assertEquals(new Sample(false, true, 9007199254740993L, 3, "Line one\nline two"), sample);
        assertEquals(new Sample(null, false, null, 1, null), StrictJson.read(Sample.class, json("{\"count\":1,\"dryRun\":null}")));
    }

    @Test
    void illTypedFieldsAreRefusedByName() {
        assertEquals("dryRun", refusedField("{\"dryRun\":\"no\",\"count\":1}"));
        assertEquals("dryRun", refusedField("{\"dryRun\":0,\"count\":1}"));
        assertEquals("confirm", refusedField("{\"confirm\":\"yes\",\"count\":1}"));
        assertEquals("id", refusedField("{\"id\":\"12\",\"count\":1}"));
        assertEquals("id", refusedField("{\"id\":1.5,\"count\":1}"));
        assertEquals("id", refusedField("{\"id\":1e40,\"count\":1}"));
        assertEquals("count", refusedField("{\"count\":4294967296}"));
        assertEquals("count", refusedField("{}"), "a primitive number is required");
        assertEquals("need", refusedField("{\"count\":1,\"need\":[\"a\"]}"));
        assertEquals("need", refusedField("{\"count\":1,\"need\":\"a\\u0000b\"}"));
    }

    public record Listed(java.util.List<String> roles) {
    }

    @Test
    void listsOfStringsAreReadAndAnythingElseInThemRefused() {
        assertEquals(new Listed(java.util.List.of("LEARNER", "MANAGER")), StrictJson.read(Listed.class, json("{\"roles\":[\"LEARNER\",\"MANAGER\"]}")));
        assertEquals(new Listed(null), StrictJson.read(Listed.class, json("{}")));
        for (String bad : java.util.List.of("{\"roles\":\"LEARNER\"}", "{\"roles\":[1]}", "{\"roles\":[null]}", "{\"roles\":[[\"a\"]]}",
                "{\"roles\":[\"a\\u0000\"]}")) {
            assertEquals("roles", assertThrows(BadParameterException.class, () -> StrictJson.read(Listed.class, json(bad)), bad).getParameter());
        }
    }

    public record Numbered(java.util.List<Long> partnerships) {
    }

    @Test
    void listsOfWholeNumbersAreReadAndAnythingElseInThemRefused() {
        assertEquals(new Numbered(java.util.List.of(3L, 999999999L)), StrictJson.read(Numbered.class, json("{\"partnerships\":[3,999999999]}")));
        assertEquals(new Numbered(java.util.List.of()), StrictJson.read(Numbered.class, json("{\"partnerships\":[]}")));
        for (String bad : java.util.List.of("{\"partnerships\":3}", "{\"partnerships\":[\"3\"]}", "{\"partnerships\":[null]}",
                "{\"partnerships\":[1.5]}")) {
            assertEquals("partnerships", assertThrows(BadParameterException.class, () -> StrictJson.read(Numbered.class, json(bad)), bad)
                    .getParameter());
        }
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        assertEquals("dryrun", refusedField("{\"dryrun\":true,\"count\":1}"));
        assertThrows(BadParameterException.class, () -> StrictJson.read(NoFields.class, json("{\"reason\":\"x\"}")));
        assertEquals(new NoFields(), StrictJson.read(NoFields.class, json("{}")));
    }

    @Test
    void aBodyIsAnObjectOrNothing() throws Exception {
        StrictJson reader = new StrictJson();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> type = (Class) Sample.class;
        assertNull(reader.readFrom(type, type, null, null, null, new ByteArrayInputStream(" \n".getBytes(StandardCharsets.UTF_8))));
        assertThrows(StrictJson.BadBodyException.class, () -> reader.readFrom(type, type, null, null, null,
                new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))));
        assertThrows(StrictJson.BadBodyException.class, () -> reader.readFrom(type, type, null, null, null,
                new ByteArrayInputStream("{\"count\":".getBytes(StandardCharsets.UTF_8))));
    }
}
