package org.learningnetwork.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server's own log, read by tests running inside it: where it ends now, and what was written after that. */
final class ServerLog {

    private final Path file;
    private final long start;

    private ServerLog(Path file) throws IOException {
        this.file = file;
        this.start = Files.size(file);
    }

    /** From here on (GlassFish and Payara: the domain's logs/server.log; WildFly: its log folder's server.log). */
    static ServerLog fromNow() throws IOException {
        String glassfish = System.getProperty("com.sun.aas.instanceRoot");
        String wildfly = System.getProperty("jboss.server.log.dir");
        Path file = glassfish != null ? Path.of(glassfish, "logs", "server.log") : Path.of(wildfly, "server.log");
        return new ServerLog(file);
    }

    /** What the server logged since {@link #fromNow} (from the start of the file, if it was rotated meanwhile). */
    String since() throws IOException {
        long size = Files.size(file);
        long from = size < start ? 0 : start;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] bytes = new byte[(int) (size - from)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
