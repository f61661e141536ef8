package org.learningnetwork.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.access.Roles;
import org.learningnetwork.people.Person;
import org.learningnetwork.security.Callers;

/**
 * In demo mode only, a real SMTP server (GreenMail) on this machine receives every e-mail the application
 * sends (the run command points the server's mail session at it), so that demo users can read them on the
 * demo inbox page: each user their own, the learning team and administrators everyone's (including the mail
 * to line managers who have no account, with their approval links). Port: system property
 * {@code learningnetwork.demo.smtp-port} (default 2525), on the loopback interface only.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
public class DemoMailbox {

    private static final Logger LOG = Logger.getLogger(DemoMailbox.class.getName());

    /**
     * GreenMail logs every new recipient's address at INFO: personal data, kept out of the server's log (the
     * logger is held here so that its level stays set).
     */
    private static final Logger GREENMAIL_USERS = Logger.getLogger("com.icegreen.greenmail.user.UserManager");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private volatile GreenMail server;

    @PostConstruct
    void start() {
        if (DemoSettings.DEMO.get()) {
            open();
        }
    }

    @PreDestroy
    void stop() {
        close();
    }

    /** Whether the demo mailbox is receiving mail (demo mode only). */
    @PermitAll
    public boolean isOpen() {
        return server != null;
    }

    /**
     * The mail the signed-in user may read, newest first: their own (to their work e-mail address), or all of it
     * for the learning team and administrators.
     */
    public List<DeliveredMail> forCaller() {
        boolean everyone = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        String address = everyone ? null : Callers.person(em, context.getCallerPrincipal()).map(Person::getWorkEmail)
                .orElse("");
        return received(address);
    }

    /** The mail received for one address, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<DeliveredMail> to(String address) {
        return received(address == null ? "" : address);
    }

    /** Starts receiving mail (again). */
    @RolesAllowed(Roles.ADMIN)
    public synchronized void open() {
        if (server != null) {
            return;
        }
        int port = DemoSettings.SMTP_PORT.get();
        GREENMAIL_USERS.setLevel(Level.WARNING);
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            mail.start();
            server = mail;
            LOG.info(() -> "Demo mailbox receiving e-mail on port " + port);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo mailbox could not listen on port {0}: {1}", new Object[] {port, e.getMessage()});
        }
    }

    /** Stops receiving mail, as if the mail server were down; what it had received is gone. */
    @RolesAllowed(Roles.ADMIN)
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private List<DeliveredMail> received(String address) {
        GreenMail mail = server;
        if (mail == null) {
            return List.of();
        }
        List<DeliveredMail> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                Address[] recipients = message.getAllRecipients();
                String to = recipients == null || recipients.length == 0 ? ""
                        : recipients[0] instanceof InternetAddress internet ? internet.getAddress() : recipients[0].toString();
                // The whole address, not a part: learner@ must not see the mail of elearner@.
                if (address != null && !to.equalsIgnoreCase(address)) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder calendar = new StringBuilder();
                List<String> attachments = new ArrayList<>();
                read(message, text, html, calendar, attachments);
                found.add(new DeliveredMail(message.getMessageID(), to, message.getSubject(),
                        message.getSentDate() == null ? null : message.getSentDate().toInstant(), text.toString(),
                        html.length() == 0 ? null : html.toString(), calendar.length() == 0 ? null : calendar.toString(),
                        List.copyOf(attachments)));
            } catch (MessagingException | IOException e) {
                LOG.log(Level.WARNING, "A demo e-mail could not be read: {0}", e.getClass().getSimpleName());
            }
        }
        found.sort(Comparator.comparing(DeliveredMail::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    private static void read(Part part, StringBuilder text, StringBuilder html, StringBuilder calendar, List<String> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                read(parts.getBodyPart(i), text, html, calendar, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && !part.isMimeType("text/calendar")) {
            attachments.add(part.getFileName());
        } else if (part.isMimeType("text/calendar")) {
            calendar.append(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }
}
