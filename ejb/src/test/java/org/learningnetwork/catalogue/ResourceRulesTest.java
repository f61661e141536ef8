package org.learningnetwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningnetwork.catalogue.ResourceRules.Draft;
import org.learningnetwork.catalogue.ResourceRules.Upload;
import org.learningnetwork.platform.RejectedException.Problem;

class ResourceRulesTest {

    private static Draft draft(String url, Integer minutes, String cpd) {
        return new Draft(ResourceKind.BRIEFING, "  Neglect:   a briefing ", null, url, minutes, cpd == null ? null : new BigDecimal(cpd), true);
    }

    private static Set<String> problems(Draft draft, Upload upload, boolean keepsFile) {
        return ResourceRules.check(draft, upload, keepsFile).stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
    }

    @Test
    void aLinkWithTimeAndHoursIsTakenCleaned() {
        Draft draft = draft(" https://www.gov.scot/publications/neglect/ ", 7, "0.25");
        assertEquals(Set.of(), problems(draft, null, false));
        ResourceRules.Checked checked = ResourceRules.checked(draft, null);
        assertEquals("Neglect: a briefing", checked.title());
        assertEquals("https://www.gov.scot/publications/neglect/", checked.url());
        assertEquals(new BigDecimal("0.25"), checked.cpdHours());
        assertNull(checked.fileName());
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        Draft empty = new Draft(null, " ", null, null, null, null, false);
        assertEquals(Set.of("kind:resource.kind.required", "title:resource.title.required", "url:resource.where.required",
                "minutes:resource.minutes.required", "cpdHours:resource.cpdHours.required"), problems(empty, null, false));
        assertEquals(Set.of("kind:resource.kind.required", "title:resource.title.required", "minutes:resource.minutes.required",
                "cpdHours:resource.cpdHours.required"), problems(empty, null, true), "a file kept is where it is");
    }

    @Test
    void linksTimesAndHoursOutOfRangeAreRefused() {
        assertEquals(Set.of("url:resource.url.invalid", "minutes:resource.minutes.range", "cpdHours:resource.cpdHours.range"),
                problems(draft("javascript:alert(1)", 0, "0.3"), null, false));
        assertEquals(Set.of("minutes:resource.minutes.range", "cpdHours:resource.cpdHours.range"),
                problems(draft("http://example.org/a", 6001, "100"), null, false));
        assertEquals(Set.of("cpdHours:resource.cpdHours.range"), problems(draft("http://example.org/a", 6000, "-0.25"), null, false));
        assertEquals(Set.of(), problems(draft("http://example.org/a", 1, "99.75"), null, false));
        assertEquals(Set.of("url:resource.url.size"), problems(draft("https://example.org/" + "a".repeat(1000), 5, "1"), null, false));
        Draft long1 = new Draft(ResourceKind.VIDEO, "t".repeat(201), "d".repeat(1001), "https://example.org", 5, BigDecimal.ONE, false);
        assertEquals(Set.of("title:resource.title.size", "description:resource.description.size"), problems(long1, null, false));
    }

    @Test
    void anUploadReplacesTheLinkAndIsCheckedByNameTypeAndSize() {
        Upload pdf = new Upload("C:\\Users\\me\\Briefing on neglect.PDF", new byte[] {'%', 'P', 'D', 'F'});
        Draft draft = draft("not a link at all", 7, "0.25");
        assertEquals(Set.of(), problems(draft, pdf, false), "the link is ignored when a file comes");
        ResourceRules.Checked checked = ResourceRules.checked(draft, pdf);
        assertEquals("Briefing on neglect.PDF", checked.fileName());
        assertEquals("application/pdf", checked.contentType());
        assertNull(checked.url());

        assertEquals(Set.of("file:resource.file.type"), problems(draft, new Upload("run.exe", new byte[] {1}), false));
        assertEquals(Set.of("file:resource.file.type"), problems(draft, new Upload("noextension", new byte[] {1}), false));
        assertEquals(Set.of("file:resource.file.empty"), problems(draft, new Upload("a.mp3", new byte[0]), false));
        assertEquals(Set.of("file:resource.file.size"), problems(draft,
                new Upload("a.mp4", new byte[ResourceRules.MAX_FILE_BYTES + 1]), false));
        assertEquals(Set.of("file:resource.file.name"), problems(draft, new Upload("folder/", new byte[] {1}), false));
        assertEquals(Set.of("file:resource.file.name"), problems(draft, new Upload("a\u0000b.pdf", new byte[] {1}), false));
    }

    @Test
    void problemsComeInFormOrder() {
        List<Problem> problems = ResourceRules.check(new Draft(null, null, null, null, null, null, false), null, false);
        assertEquals(List.of("kind", "title", "url", "minutes", "cpdHours"), problems.stream().map(Problem::field).toList());
        assertTrue(ResourceRules.FILE_TYPES.keySet().containsAll(Set.of("pdf", "mp3", "mp4", "docx")));
    }
}
