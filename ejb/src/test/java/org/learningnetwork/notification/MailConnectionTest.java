package org.learningnetwork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

class MailConnectionTest {

    @Test
    void aPlainConnectionSendsEachPartAtOnceAndEveryConnectionHasTimeLimits() throws Exception {
        Properties properties = new Properties();
        MailConnection.tune(properties);
        assertEquals("30000", properties.getProperty("mail.smtp.timeout"));
        assertEquals("30000", properties.getProperty("mail.smtps.connectiontimeout"));
        SocketFactory factory = assertInstanceOf(SocketFactory.class, properties.get("mail.smtp.socketFactory"));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket unconnected = factory.createSocket()) {
            assertTrue(socket.getTcpNoDelay());
            assertTrue(unconnected.getTcpNoDelay());
        }
    }

    @Test
    void theServersOwnSettingsAreKept() {
        Properties own = new Properties();
        own.setProperty("mail.smtp.timeout", "5000");
        own.setProperty("mail.smtp.socketFactory.class", "javax.net.ssl.SSLSocketFactory");
        MailConnection.tune(own);
        assertEquals("5000", own.getProperty("mail.smtp.timeout"));
        assertFalse(own.containsKey("mail.smtp.socketFactory"));

        Properties ssl = new Properties();
        ssl.setProperty("mail.smtp.ssl.enable", "true");
        MailConnection.tune(ssl);
        assertFalse(ssl.containsKey("mail.smtp.socketFactory"));
    }
}
