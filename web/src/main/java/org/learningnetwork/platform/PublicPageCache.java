package org.learningnetwork.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the public catalogue pages and the public read API to visitors who are not signed in from copies
 * of earlier responses, so that a busy catalogue costs one rendering per page and not one per visitor.
 *
 * <p>A copy is used only while nothing public has changed on this server since it was made (see
 * {@link PublicContent}; every service method that changes courses, sessions or bookings moves the revision
 * on) and for at most {@code learningnetwork.public-cache.seconds} (default 30; 0 turns copies off), the
 * longest that a change made through another server instance on the same database can take to show. A copy that has
 * only run out of time is rendered anew by one request, and only as many pages at once as the machine has cores;
 * meanwhile others asking for it are given that copy, for at most half a copy's life longer. Only
 * complete 200 responses to GET requests without a signed-in user or an HTTP session are copied, and never
 * one that sets a cookie. A copy says how old it is in an {@code Age} header. At most {@code learningnetwork.public-cache.copies} (default 5,000) are kept,
 * compressed; when full, expired and then arbitrary copies make room.
 *
 * <p>A copy keeps its headers, so its script nonce ({@link ContentSecurityPolicy}) is the one it was made with, sent
 * to every visitor it serves. That nonce still protects: it was drawn while the page was rendered, so nothing in the
 * page could have been written to carry it, and the page does not change afterwards.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** How long a copy is served, in seconds (30 unless set; 0: none kept). */
    static final Setting<Integer> SECONDS = Setting.number("learningnetwork.public-cache.seconds", 30, 0, 24 * 3600);
    /** How many copies are kept at most (5,000 unless set). */
    static final Setting<Integer> COPIES = Setting.number("learningnetwork.public-cache.copies", 5000, 0, 1_000_000);
    private static final int LARGEST = 1024 * 1024;
    private static final String VARY = "Accept-Encoding";
    private static final Set<String> NOT_COPIED = Set.of("content-length", "content-type", "content-encoding", "date",
            "set-cookie", "transfer-encoding", "vary");

    /** How long a copy of public content may be used (0: not at all): what changes through another instance may take to show. */
    public static Duration copiesLast() {
        return Duration.ofSeconds(SECONDS.get());
    }

    @Inject
    private transient PublicContent publicContent;

    private final transient Map<String, Copy> copies = new ConcurrentHashMap<>();
    private final transient Set<String> rendering = ConcurrentHashMap.newKeySet();
    /** Out-of-date copies rendered anew at once: as many as the machine has cores, the rest of its time for the visitors. */
    private final transient Semaphore refreshes = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private long lastsNanos;
    private int maxCopies;

    @Override
    public void init() {
        lastsNanos = SECONDS.get() * 1_000_000_000L;
        maxCopies = COPIES.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (lastsNanos == 0 || maxCopies == 0 || !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long revision = publicContent.revision();
        Copy copy = copies.get(key);
        if (copy != null && copy.revision == revision && System.nanoTime() - copy.expiresAt < 0) {
            copy.serve(request, response);
            return;
        }
        // A copy that has only run out of time (nothing changed on this server since it was made) is rendered anew by one
        // request at a time, and by at most as many at once as there are cores; others meanwhile get that copy, for at
        // most half a copy's life past its time. A copy made before a change on this server is never served again.
        boolean mine = rendering.add(key);
        boolean refreshing = false;
        if (copy != null && copy.revision == revision && System.nanoTime() - copy.madeAt - lastsNanos - lastsNanos / 2 < 0) {
            refreshing = mine && refreshes.tryAcquire();
            if (!refreshing) {
                if (mine) {
                    rendering.remove(key);
                }
                copy.serve(request, response);
                return;
            }
        }
        try {
            render(key, revision, request, response, chain);
        } finally {
            if (refreshing) {
                refreshes.release();
            }
            if (mine) {
                rendering.remove(key);
            }
        }
    }

    private void render(String key, long revision, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            return;
        }
        byte[] body = capture.body();
        if (capture.getStatus() == HttpServletResponse.SC_OK && body.length <= LARGEST && request.getSession(false) == null
                && !response.containsHeader("Set-Cookie")) {
            // Copies made together (after a change, or at start-up) expire at different times within the last
            // quarter of their life, so that they are not all rendered again at once.
            long madeAt = System.nanoTime();
            long expiresAt = madeAt + lastsNanos - ThreadLocalRandom.current().nextLong(lastsNanos / 4 + 1);
            keep(key, new Copy(revision, madeAt, expiresAt, capture.getContentType(), headers(response), gzip(body)));
        }
        response.setHeader("Vary", VARY);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void keep(String key, Copy copy) {
        if (copies.size() >= maxCopies) {
            long now = System.nanoTime();
            copies.values().removeIf(old -> now - old.expiresAt >= 0);
            Iterator<String> keys = copies.keySet().iterator();
            while (copies.size() >= maxCopies && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        }
        copies.put(key, copy);
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** A response as it was first sent, its body compressed. */
    private record Copy(long revision, long madeAt, long expiresAt, String contentType, Map<String, List<String>> headers, byte[] gzipped) {

        void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader("Age", String.valueOf((System.nanoTime() - madeAt) / 1_000_000_000L));
            headers.forEach((name, values) -> {
                response.setHeader(name, values.get(0));
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
            if (contentType != null) {
                response.setContentType(contentType);
            }
            response.setHeader("Vary", VARY);
            String accepted = request.getHeader("Accept-Encoding");
            if (accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
                response.setHeader("Content-Encoding", "gzip");
                response.setContentLength(gzipped.length);
                response.getOutputStream().write(gzipped);
            } else {
                byte[] body;
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                    body = in.readAllBytes();
                }
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }
    }

    /**
     * Collects a response's body instead of sending it, until the filter decides what to do with it. An
     * error or a redirect goes straight to the client and is not copied.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passedThrough;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean passedThrough() {
            return passedThrough || getResponse().isCommitted();
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Copied responses are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called");
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedThrough = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            passedThrough = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentLength(int length) {
            // The filter sets the length of what it sends.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The filter sets the length of what it sends.
        }

        @Override
        public void flushBuffer() {
            // Nothing is sent until the response is complete.
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            body.reset();
        }

        @Override
        public boolean isCommitted() {
            return passedThrough();
        }
    }
}
