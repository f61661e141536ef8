package org.learningnetwork.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One connection to the mail server, used for a run of sends (opened at the first, kept while it works, opened
 * again after a failure) instead of one connection per mail. The mail session is the server's, looked up when
 * first needed, with time limits so that a mail server that does not answer holds nothing up. Not thread-safe:
 * one dispatcher run owns it.
 */
public class MailConnection implements AutoCloseable {

    private static final String TIMEOUT_MILLIS = "30000";

    private Session session;
    private Transport transport;

    /** The server's mail session. */
    Session session() throws NamingException {
        if (session == null) {
            Session found = (Session) new InitialContext().lookup(MailSettings.resource());
            Properties properties = found.getProperties();
            for (String protocol : List.of("smtp", "smtps")) {
                properties.putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
                properties.putIfAbsent("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
                properties.putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
            }
            session = found;
        }
        return session;
    }

    /** Sends the message on the open connection, connecting first if needed; after a failure the connection is dropped. */
    void send(MimeMessage message) throws MessagingException, NamingException {
        try {
            if (transport == null || !transport.isConnected()) {
                transport = session().getTransport();
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Closing a connection that failed: nothing left to do with it.
            }
            transport = null;
        }
    }
}
