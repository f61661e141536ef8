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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Sends e-mails from the outbox through the application server's mail session, each in a transaction of
 * its own that holds the mail's row: two dispatchers (two server instances) never send one twice. A
 * failure is recorded and the mail tried again later; the log names the mail by number, never its
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

    /** The mails due to be sent now, oldest first. */
    public List<Long> due(int most) {
        return em.createQuery("select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", clock.instant())
                .setMaxResults(most).getResultList();
    }

    /** Sends one mail if it is still due, on a connection of its own; returns whether it went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long mailId) {
        try (MailConnection connection = new MailConnection()) {
            return send(mailId, connection);
        }
    }

    /** Sends one mail if it is still due, on the connection given (shared by a run of sends); returns whether it went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long mailId, MailConnection connection) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || mail.getStatus() != OutboxStatus.PENDING || mail.getNextAttemptAt().isAfter(now)) {
            return false;
        }
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
