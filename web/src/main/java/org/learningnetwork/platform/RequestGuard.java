package org.learningnetwork.platform;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link RequestRules} to every request: refuses cross-site changes (403), API changes without a JSON body
 * (415) and bodies over {@code learningnetwork.request.largest-body} bytes (default 2 MiB; 413; for the HR import's
 * upload {@code learningnetwork.request.largest-upload}, default 64 MiB and a little for the form), with the
 * application's error page or, for the API, its JSON error. A body sent without a length is counted as it is read.
 *
 * <p>The application's own origins are the one the request was addressed to and the one of
 * {@code learningnetwork.base-url} (the address behind a proxy that ends TLS).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set on a page request the guard refused, for the error page to say why. */
    static final String REFUSED = "learningnetwork.refused";

    /** The largest request body, in bytes (at least 1,024; 2 MiB unless set). */
    static final Setting<Long> LARGEST_BODY = Setting.longNumber("learningnetwork.request.largest-body", 2L * 1024 * 1024, 1024,
            Long.MAX_VALUE);
    /** The largest upload (an HR file), in bytes: 64 MiB and room for the form unless set, never less than the largest body. */
    static final Setting<Long> LARGEST_UPLOAD = Setting.longNumber("learningnetwork.request.largest-upload",
            64L * 1024 * 1024 + 64 * 1024, 1024, Long.MAX_VALUE);
    private static final long DRAINED = 16L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = isApi(request);
        boolean upload = isUpload(request);
        long largest = upload ? largestUpload() : largestBody();
        Set<String> own = new HashSet<>();
        own.add(RequestRules.origin(request.getScheme(), request.getServerName(), request.getServerPort()));
        RequestRules.originOf(Installation.baseUrl()).ifPresent(own::add);
        Optional<RequestRules.Refusal> refusal = RequestRules.check(new RequestRules.Request(request.getMethod(), api,
                request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Sec-Fetch-Site"),
                request.getContentType(), request.getContentLengthLong(), own, upload), largest);
        if (refusal.isPresent()) {
            refuse(request, response, api, refusal.get());
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, largest) : request, response);
        } catch (IOException | ServletException e) {
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refuse(request, response, api, RequestRules.Refusal.TOO_LARGE);
        }
    }

    /**
     * Refuses a body over the limit before anything reads it (413), for the sign-in mechanism, which the server runs
     * before the filters; whether it did.
     */
    public static boolean refusedAsTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() <= (isUpload(request) ? largestUpload() : largestBody())) {
            return false;
        }
        refuse(request, response, isApi(request), RequestRules.Refusal.TOO_LARGE);
        return true;
    }

    /** The addresses that take a file: the HR import's page and API, and the page of a course's self-guided learning. */
    static boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin/hr-import.xhtml") || path.equals("/api/hr-imports") || path.equals("/coordinator/resource.xhtml");
    }

    private static long largestUpload() {
        return Math.max(largestBody(), LARGEST_UPLOAD.get());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static long largestBody() {
        return LARGEST_BODY.get();
    }

    /** Answers with the refusal: the API's JSON error, or the status with the application's error page. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, RequestRules.Refusal refusal)
            throws IOException {
        SecurityHeadersFilter.apply(request, response);
        if (refusal == RequestRules.Refusal.TOO_LARGE) {
            drain(request);
        }
        if (api) {
            response.setStatus(refusal.status());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("status", refusal.status()).add("error", refusal.code())
                    .add("message", refusal.message()).build().toString());
        } else if (refusal == RequestRules.Refusal.TOO_LARGE) {
            // A plain page: a Faces page would have the server read the form it refuses (it cannot, being too large).
            response.setStatus(refusal.status());
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.learningnetwork.messages", java.util.Locale.UK);
            String context = request.getContextPath();
            response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + texts.getString("error.refused.title") + " - Learning Network</title>"
                    + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/app.css.xhtml\"></head>"
                    + "<body><main id=\"main\" class=\"main\"><h1>" + texts.getString("error.refused.heading") + "</h1><p>"
                    + texts.getString("error.tooLarge.text") + "</p><p><a href=\"" + context + "/index.xhtml\">"
                    + texts.getString("error.home") + "</a></p></main></body></html>");
        } else {
            // The page is shown as for a GET without parameters: the refused body is never read, not even by the page.
            request.setAttribute(REFUSED, true);
            response.setStatus(refusal.status());
            response.setContentType("text/html");
            try {
                request.getRequestDispatcher(refusal == RequestRules.Refusal.CROSS_SITE ? "/error/forbidden.xhtml" : "/error/refused.xhtml")
                        .forward(new Bodiless(request), response);
            } catch (ServletException e) {
                throw new IOException("The refusal page could not be shown", e);
            }
        }
    }

    /**
     * Reads and drops a body that is too large, up to {@value #DRAINED} bytes, so that the client, still sending it,
     * gets the answer instead of a broken connection; a larger one is left, and the connection with it.
     */
    private static void drain(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length < 0 || length > DRAINED) {
            return;
        }
        try {
            var in = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // The client went, or the body was read already: nothing more to drop.
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Raised when a body sent without a length grows past the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("The request body is too large.");
        }
    }

    /** A request whose body is counted as it is read, and refused past the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long largest;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long largest) {
            super(request);
            this.largest = largest;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    private void count(long n) throws TooLarge {
                        if (n > 0 && (read += n) > largest) {
                            throw new TooLarge();
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(n);
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
