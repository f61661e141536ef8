package org.learningnetwork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private final ResourceBundle texts = MailText.texts();
    private final Map<String, String> values = Map.of("name", "Morag", "month", "November 2026", "summary", "Sessions attended: 3",
            "team", "http://localhost/learning/my/team-feedback.xhtml");

    @Test
    void aMailIsTheGreetingItsKindsTextAndTheSignatureFilledWithItsValues() {
        MailText mail = MailText.of(texts, MailKind.TEAM_SUMMARY, values, MailText.Part.GREETING);
        assertEquals("Your team's learning in November 2026", mail.subject());
        assertTrue(mail.body().startsWith("Dear Morag,\n\n"), mail.body());
        assertTrue(mail.body().contains("Sessions attended: 3"), mail.body());
        assertTrue(mail.body().endsWith(texts.getString("mail.signature") + "\n"), mail.body());
        assertFalse(mail.body().contains(texts.getString("mail.traumaHeading")), "not about attending: no statement");
        assertFalse(mail.body().contains("{"), "every placeholder filled: " + mail.body());
    }

    @Test
    void aMailAboutAttendingCarriesTheTraumaAwareStatementBeforeTheSignature() {
        MailText mail = MailText.of(texts, MailKind.TEAM_SUMMARY, values, MailText.Part.TRAUMA_STATEMENT);
        assertFalse(mail.body().startsWith("Dear"), "no greeting asked: " + mail.body());
        int statement = mail.body().indexOf(texts.getString("mail.traumaStatement"));
        assertTrue(statement > 0, mail.body());
        assertTrue(statement < mail.body().indexOf(texts.getString("mail.signature")), "before the signature");
        assertTrue(mail.body().indexOf(texts.getString("mail.traumaHeading")) < statement, "under its heading");
    }
}
