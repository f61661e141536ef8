package org.learningnetwork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    private static final String TEXT = """
            Dear Morag,

            You have a place on this session:
            Child protection <key processes> & chronologies
            Thu 10 Dec 2026, 09:30 to 12:30

            Before you attend: a trauma-aware statement
            You will never be required to disclose.

            - Sessions attended: 6
            - See more: https://learning.example.gov.uk/learning/my/team-feedback.xhtml?x=1&y=2.

            Learning Network
            """;

    @Test
    void theHtmlSaysWhatTheTextSaysAsADocumentInBritishEnglish() {
        String html = MailHtml.of("Booking confirmed: Chronologies", TEXT);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html);
        assertTrue(html.contains("<title>Booking confirmed: Chronologies</title>"), html);
        assertTrue(html.contains("<h1 style=\"font-size: 24px; margin: 0 0 16px;\">Booking confirmed: Chronologies</h1>"), html);
        assertTrue(html.contains("<p style=\"margin: 0 0 16px;\">Dear Morag,</p>"), html);
        assertTrue(html.contains("Child protection &lt;key processes&gt; &amp; chronologies<br>"), "escaped: " + html);
        assertTrue(html.contains(">Before you attend: a trauma-aware statement</h2>"), "a heading over its paragraph: " + html);
        assertTrue(html.contains("<li>Sessions attended: 6</li>"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void addressesBecomeLinksWithoutTheFullStopAfterThem() {
        assertEquals("See <a href=\"https://a.example/x?a=1&amp;b=2\" style=\"color: #1a4f8b; text-decoration: underline;\">"
                + "https://a.example/x?a=1&amp;b=2</a>.", MailHtml.linked("See https://a.example/x?a=1&b=2."));
        assertEquals("no link here &lt;b&gt;", MailHtml.linked("no link here <b>"));
    }
}
