package org.learningnetwork.notification;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.learningnetwork.platform.Text;

/**
 * One e-mail's subject and body as the application writes every mail: the greeting ({@code mail.greeting}, to the
 * reader's {@code name}), the text of its kind ({@code mail.<KIND>.body}, or of a variant's prefix), the trauma-aware
 * statement on every mail about attending learning (seed 002), and the signature; {@code values} fill the texts'
 * {@code {name}} placeholders. The texts are {@code org/learningnetwork/notification/mail.properties}.
 *
 * @param subject the subject line
 * @param body the plain-text body
 */
public record MailText(String subject, String body) {

    /** The bundle of the mails' texts. */
    public static final String BUNDLE = "org.learningnetwork.notification.mail";

    /** Whether a mail opens with the greeting, and whether it carries the trauma-aware statement. */
    public enum Part {
        /** "Dear {name}," first. */
        GREETING,
        /** The trauma-aware statement before the signature: the mail is about attending learning. */
        TRAUMA_STATEMENT
    }

    /** The mails' texts. */
    public static ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, Locale.UK);
    }

    /** The mail of {@code kind} with these parts. */
    public static MailText of(ResourceBundle texts, MailKind kind, Map<String, String> values, Part... parts) {
        return of(texts, "mail." + kind.name(), values, parts);
    }

    /** The mail of {@code kind} with a paragraph of its own after the kind's text (none when {@code null}). */
    public static MailText of(ResourceBundle texts, MailKind kind, Map<String, String> values, String paragraph, Part... parts) {
        return of(texts, "mail." + kind.name(), values, paragraph, parts);
    }

    /** The mail whose subject and body are {@code prefix.subject} and {@code prefix.body}, with these parts. */
    public static MailText of(ResourceBundle texts, String prefix, Map<String, String> values, Part... parts) {
        return of(texts, prefix, values, null, parts);
    }

    private static MailText of(ResourceBundle texts, String prefix, Map<String, String> values, String paragraph, Part... parts) {
        boolean greeting = false;
        boolean trauma = false;
        for (Part part : parts) {
            greeting |= part == Part.GREETING;
            trauma |= part == Part.TRAUMA_STATEMENT;
        }
        StringBuilder body = new StringBuilder();
        if (greeting) {
            body.append(Text.fill(texts.getString("mail.greeting"), values)).append("\n\n");
        }
        body.append(Text.fill(texts.getString(prefix + ".body"), values)).append("\n\n");
        if (paragraph != null) {
            body.append(paragraph).append("\n\n");
        }
        if (trauma) {
            body.append(texts.getString("mail.traumaHeading")).append('\n').append(texts.getString("mail.traumaStatement")).append("\n\n");
        }
        body.append(texts.getString("mail.signature")).append('\n');
        return new MailText(Text.fill(texts.getString(prefix + ".subject"), values), body.toString());
    }
}
