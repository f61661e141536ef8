package org.learningnetwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesConverterTest {

    private final ResourcesConverter converter = new ResourcesConverter();

    @Test
    void titleAndAddressPerLineTheAddressAfterTheLastBar() {
        List<SelfGuidedResource> read = converter.getAsObject(null, null,
                "Seven-minute briefing | chronologies | https://example.org/brief.pdf\n\n  Video|https://example.org/v  ");
        assertEquals(2, read.size());
        assertEquals("Seven-minute briefing | chronologies", read.get(0).getTitle());
        assertEquals("https://example.org/brief.pdf", read.get(0).getUrl());
        assertEquals("Video", read.get(1).getTitle());
        assertEquals("Video | https://example.org/v\nSeven-minute briefing | chronologies | https://example.org/brief.pdf",
                converter.getAsString(null, null, List.of(read.get(1), read.get(0))));
        assertEquals(List.of(), converter.getAsObject(null, null, "  \n"));
    }

    @Test
    void aLineWithoutBothPartsRefusesTheField() {
        assertNull(ResourcesConverter.read("A link without a bar"));
        assertNull(ResourcesConverter.read(" | https://example.org"));
        assertNull(ResourcesConverter.read("Title | "));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "Fine | https://example.org\nA link without a bar"));
    }
}
