package org.learningnetwork.notification;

import jakarta.activation.DataHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Sends e-mails from the outbox through the application server's mail session, a batch at a time in a
 * transaction of its own that holds the batch's rows: two dispatchers (two server instances) never send one
 * twice. A failure is recorded and the mail tried again later; the log names the mail by number, never its
 * recipient or content.
 */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailAttachments attachments;

    /**
     * The mails due to be sent now, oldest first, at most {@code most}, their rows locked for this transaction: those
     * another dispatcher holds are passed over rather than waited for, so that a transaction left open (an instance
     * stopped while sending) holds up nothing but its own mails.
     */
    private static final String DUE = "select * from mail_outbox where status = ? and next_attempt_at <= ?"
            + " order by next_attempt_at, id limit ? for update skip locked";

    /** What one transaction of sending did: the mails it took (sent or failed), of which sent. */
    public record Batch(int taken, int sent) {
    }

    /**
     * Sends the mails due now, at most {@code most}, on the connection given (shared by a run of batches), in one
     * transaction that holds their rows: each is marked sent, or its failure recorded to be tried again later, and the
     * marks are written together when the batch ends. Two dispatchers never take the same mail; an instance that dies
     * during a batch leaves its mails due, so that the mails of that batch it had already sent go again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch sendDue(int most, MailConnection connection) {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery(DUE, OutboxMail.class).setParameter(1, OutboxStatus.PENDING.name())
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(3, most).getResultList();
        int sent = 0;
        for (Object row : due) {
            sent += send((OutboxMail) row, connection) ? 1 : 0;
        }
        return new Batch(due.size(), sent);
    }

    /** Sends a mail this transaction holds, recording that it went or why not; returns whether it went. */
    private boolean send(OutboxMail mail, MailConnection connection) {
        try {
            connection.send(message(connection.session(), mail));
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException | NamingException e) {
            mail.failed(clock.instant(), describe(e), MailSettings.maxAttempts());
            LOG.log(Level.WARNING, "E-mail {0} not sent (attempt {1}, {2}): {3}", new Object[] {mail.getId(),
                    mail.getAttempts(), mail.getStatus() == OutboxStatus.FAILED ? "given up" : "will be tried again",
                    e.getClass().getSimpleName()});
            return false;
        }
    }

    private MimeMessage message(Session session, OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(mail.getCreatedAt()));
        message.setHeader("Auto-Submitted", "auto-generated");
        // The text and the same in HTML as alternatives (and a calendar invitation as a third, as calendar programs
        // expect it); a report pack's files as attachments beside them.
        Multipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailHtml.of(mail.getSubject(), mail.getBody()), StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(html);
        if (mail.getCalendar() != null) {
            MimeBodyPart invitation = new MimeBodyPart();
            invitation.setContent(mail.getCalendar(), "text/calendar; charset=UTF-8; method=" + method(mail.getCalendar()));
            invitation.setHeader("Content-Class", "urn:content-classes:calendarmessage");
            alternatives.addBodyPart(invitation);
        }
        if (mail.getReportQuarter() == null) {
            message.setContent(alternatives);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            Multipart parts = new MimeMultipart("mixed");
            parts.addBodyPart(body);
            for (MailAttachments.File file : attachments.reportPack(mail.getReportQuarter(), mail.getReportCommittee())) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                attachment.setFileName(file.name());
                attachment.setDisposition(Part.ATTACHMENT);
                parts.addBodyPart(attachment);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    /** The iTIP method a calendar part states (REQUEST, CANCEL ...), which its content type must repeat. */
    static String method(String calendar) {
        java.util.regex.Matcher method = java.util.regex.Pattern.compile("(?m)^METHOD:([A-Z-]+)\\r?$").matcher(calendar);
        return method.find() ? method.group(1) : "PUBLISH";
    }

    /** What went wrong, for the learning team: the exception's kind and the mail server's answer. */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage());
        }
        if (e.getCause() != null && e.getCause() != e) {
            text.append(" (").append(e.getCause().getClass().getSimpleName()).append(')');
        }
        return text.toString();
    }
}
