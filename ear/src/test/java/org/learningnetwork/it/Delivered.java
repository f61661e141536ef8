package org.learningnetwork.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningnetwork.demo.DeliveredMail;
import org.learningnetwork.demo.DemoMailbox;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;

/**
 * Test only: one-time links read from the e-mails as the tests' mail server received them: the outbox keeps no working
 * link once a mail has gone.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Delivered {

    private static final Pattern EVALUATION_LINK = Pattern.compile("/evaluation\\.xhtml\\?token=([A-Za-z0-9_%-]+)");

    @EJB
    private DemoMailbox mailbox;

    @Inject
    private AsRole.Admin admin;

    @Inject
    private TestData data;

    /** The evaluation link's token in the latest e-mail of {@code kind} about a booking. */
    public String evaluationToken(long bookingId, MailKind kind) {
        OutboxMail mail = data.outbox(bookingId).stream().filter(m -> m.getKind() == kind).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + kind + " e-mail about booking " + bookingId));
        return token(mail, EVALUATION_LINK);
    }

    /**
     * The token of the link matching {@code link} (its first group) in the e-mail as it was received, waiting up to a
     * minute for it to arrive; of several with the recipient and subject, the one in the outbox's order.
     */
    public String token(OutboxMail mail, Pattern link) {
        int nth = (int) data.count("select count(*) from mail_outbox where recipient = '" + mail.getRecipient().replace("'", "''")
                + "' and subject = '" + mail.getSubject().replace("'", "''") + "' and id <= " + mail.getId());
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            List<DeliveredMail> mails = received(mail.getRecipient()).stream().filter(m -> m.subject().equals(mail.getSubject())).toList();
            if (mails.size() >= nth) {
                String text = mails.get(nth - 1).text();
                Matcher matcher = link.matcher(text);
                if (!matcher.find()) {
                    throw new AssertionError("No link " + link + " in the mail to " + mail.getRecipient() + ": " + text);
                }
                return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Mail " + nth + " about \"" + mail.getSubject() + "\" not received within a minute");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }

    private List<DeliveredMail> received(String address) {
        try {
            return admin.call(() -> mailbox.to(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
