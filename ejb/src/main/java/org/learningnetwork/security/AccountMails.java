package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.platform.Installation;
/**
 * The e-mails that carry a link to set a password, written to the outbox in the transaction that made the link.
 * Once sent, the outbox keeps the text without the link's token.
 */
@ApplicationScoped
public class AccountMails {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(Installation.zone());

    @Inject
    private Outbox outbox;

    /** Queues the mail of the link to {@code email}; the link's address. */
    String link(UserAccount account, AccountLink link, String token, String email) {
        ResourceBundle texts = MailText.texts();
        MailKind kind = switch (link.getPurpose()) {
            case INVITATION -> MailKind.ACCOUNT_INVITATION;
            case RESET -> MailKind.PASSWORD_RESET;
            case FIRST_ADMINISTRATOR -> MailKind.FIRST_ADMINISTRATOR;
        };
        String address = Installation.baseUrl() + "/set-password.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        Map<String, String> values = new HashMap<>();
        values.put("name", account.getPerson() == null ? texts.getString("mail.administrator") : account.getPerson().getGivenName());
        values.put("username", account.getUsername());
        values.put("link", address);
        values.put("expires", DAY_AND_TIME.format(link.getExpiresAt()));
        values.put("home", Installation.baseUrl() + "/");
        outbox.queue(kind, null, email, MailText.of(texts, kind, values, MailText.Part.GREETING));
        return address;
    }
}
