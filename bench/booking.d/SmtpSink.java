import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail server bench/booking points the application at: it speaks enough SMTP to take every message (greeting,
 * EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), counts it and keeps nothing, as a council's mail relay would take
 * the mail away from the server. The demo mailbox the tests and the run command use keeps every message in memory,
 * with a mailbox per recipient found by a walk over all the others: with a new person booked every time, its cost grows
 * with the bench's length and it is no part of the application.
 *
 * <p>Usage: {@code java SmtpSink.java PORT}. Every second it writes the number of messages taken so far to the file
 * named by the system property {@code count} (if set).
 */
public class SmtpSink {

    private static final AtomicLong MESSAGES = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String countFile = System.getProperty("count");
        if (countFile != null) {
            Thread writer = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(1000);
                        java.nio.file.Files.writeString(java.nio.file.Path.of(countFile), MESSAGES.get() + "\n");
                    } catch (InterruptedException | IOException e) {
                        return;
                    }
                }
            });
            writer.setDaemon(true);
            writer.start();
        }
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                Thread handler = new Thread(() -> serve(client));
                handler.setDaemon(true);
                handler.start();
            }
        }
    }

    private static void serve(Socket client) {
        try (client; InputStream in = new BufferedInputStream(client.getInputStream(), 65536); OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = line(in)) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String data;
                        while ((data = line(in)) != null && !data.equals(".")) {
                            // Taken and forgotten.
                        }
                        MESSAGES.incrementAndGet();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // The client went away.
        }
    }

    /** One line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(80);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
