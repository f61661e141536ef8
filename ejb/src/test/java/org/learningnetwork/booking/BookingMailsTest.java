package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.notification.MailKind;

class BookingMailsTest {

    @Test
    void placeholdersAreFilledAndUnknownOnesStay() {
        assertEquals("Dear Isla, about {other} $1 \\ done",
                BookingMails.fill("Dear {name}, about {other} {money} done", Map.of("name", "Isla", "money", "$1 \\")));
    }

    @Test
    void everyKindOfMailHasASubjectAndABodyOrForTheDistributionListAFooter() {
        ResourceBundle texts = org.learningnetwork.notification.MailText.texts();
        for (MailKind kind : MailKind.values()) {
            if (kind == MailKind.DISTRIBUTION) {
                // The learning team writes these; the application adds the footer with the link to leave the list.
                assertTrue(texts.getString("mail.DISTRIBUTION.footer").contains("{link}"));
                continue;
            }
            if (kind == MailKind.KPI_REPORT) {
                // Not about a session: its words are in the KPI bundle, with the link to the dashboard.
                ResourceBundle kpi = ResourceBundle.getBundle(FigureText.BUNDLE, Locale.UK);
                assertTrue(kpi.getString("report.mail.subject").contains("{1}"));
                assertTrue(kpi.getString("report.mail.body").contains("{2}"));
                continue;
            }
            assertTrue(!texts.getString("mail." + kind.name() + ".subject").isBlank(), kind.name());
            if (kind == MailKind.ACCOUNT_INVITATION || kind == MailKind.PASSWORD_RESET || kind == MailKind.FIRST_ADMINISTRATOR) {
                // Not about a session: the link that sets a password, and until when it works.
                assertTrue(texts.getString("mail." + kind.name() + ".body").contains("{link}"), kind.name());
                assertTrue(texts.getString("mail." + kind.name() + ".body").contains("{expires}"), kind.name());
                continue;
            }
            if (kind == MailKind.PATHWAY_REMINDER || kind == MailKind.PATHWAY_REMINDER_MANAGER) {
                // Not about a session: the requirements falling due, and the link to the pathway that meets them.
                assertTrue(texts.getString("mail." + kind.name() + ".body").contains("{items}"), kind.name());
                assertTrue(texts.getString("mail." + kind.name() + ".body").matches("(?s).*\\{(pathway|personPathway)}.*"), kind.name());
                continue;
            }
            if (kind == MailKind.TEAM_REQUEST_RECEIVED || kind == MailKind.TEAM_REQUEST_ACCEPTED || kind == MailKind.TEAM_REQUEST_DECLINED) {
                // About a request for learning, not yet a session: its topic and the link to it.
                assertTrue(texts.getString("mail." + kind.name() + ".body").contains("{topic}"), kind.name());
                assertTrue(texts.getString("mail." + kind.name() + ".body").matches("(?s).*\\{(request|requests)}.*"), kind.name());
                continue;
            }
            if (kind == MailKind.REGISTRATION_ALERT || kind == MailKind.REGISTRATION_ALERT_MANAGER) {
                // About a registration: what falls due by when, where it stands, and the page to follow it.
                String body = texts.getString("mail." + kind.name() + ".body");
                assertTrue(body.contains("{what}") && body.contains("{date}") && body.contains("{standing}"), kind.name());
                assertTrue(body.matches("(?s).*\\{(page|personPage)}.*"), kind.name());
                continue;
            }
            if (kind == MailKind.TEAM_SUMMARY || kind == MailKind.CALENDAR_UPDATE) {
                // About many sessions: the summary or the list, and where to see more.
                assertTrue(texts.getString("mail." + kind.name() + ".body").matches("(?s).*\\{(summary|sessions)}.*"), kind.name());
                assertTrue(texts.getString("mail." + kind.name() + ".body").matches("(?s).*\\{(team|catalogue)}.*"), kind.name());
                continue;
            }
            if (kind.name().startsWith("SET_")) {
                // About an action-learning set: its name, and where to follow it (the meetings themselves carry when).
                String body = texts.getString("mail." + kind.name() + ".body");
                assertTrue(body.contains("{set}"), kind.name());
                assertTrue(body.matches("(?s).*\\{(mySets|approvals|page|link|when)}.*"), kind.name());
                continue;
            }
            assertTrue(texts.getString("mail." + kind.name() + ".body").contains("{session}"), kind.name());
        }
    }
}
