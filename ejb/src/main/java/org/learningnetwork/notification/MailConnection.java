package org.learningnetwork.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.net.SocketFactory;

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
            tune(found.getProperties());
            session = found;
        }
        return session;
    }

    /**
     * Time limits, so that a mail server that does not answer holds nothing up; and a plain connection (upgraded with
     * STARTTLS or not) without Nagle's algorithm, unless the server's mail session names a socket factory of its own or
     * asks for SSL from the start: a message's last part otherwise waited for the mail server to acknowledge the part
     * before, which a server may delay by up to 40 ms, so that a run sent about 20 mails a second.
     */
    static void tune(Properties properties) {
        for (String protocol : List.of("smtp", "smtps")) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
            properties.putIfAbsent("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        }
        if (!properties.containsKey("mail.smtp.socketFactory") && !properties.containsKey("mail.smtp.socketFactory.class")
                && !Boolean.parseBoolean(properties.getProperty("mail.smtp.ssl.enable"))) {
            properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        }
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

    /** Plain sockets with {@code TCP_NODELAY}: each command and message goes out as soon as it is written. */
    static final class NoDelaySockets extends SocketFactory {

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(new Socket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return noDelay(new Socket(address, port, localAddress, localPort));
        }

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
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
