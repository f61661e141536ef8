package org.learningnetwork.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests the application refuses before any page or API call sees them, as a pure function of what
 * the request says about itself (OWASP's "verify the origin with standard headers" and "require a custom
 * content type" defences against cross-site request forgery).
 *
 * <ul>
 *   <li>A request that changes something (any method but GET, HEAD and OPTIONS) is refused when the browser
 *       says it came from another site: {@code Sec-Fetch-Site: cross-site}, an {@code Origin} that is not one
 *       of the application's own (also the opaque {@code null} origin of sandboxed pages and redirects), or,
 *       without an {@code Origin}, a {@code Referer} from another origin. A request with neither header is
 *       not from a browser page (browsers send {@code Origin} with every POST), so it is let through.</li>
 *   <li>A change through the API must also declare a JSON body ({@code Content-Type: application/json}),
 *       body or none: a form or a {@code text/plain} post from another site cannot, and a script on another
 *       site that tries needs a CORS preflight, which the application never grants.</li>
 *   <li>A body larger than the limit is refused before it is read.</li>
 * </ul>
 */
public final class RequestRules {

    /** Why a request is refused, with the HTTP status and the API's error code. */
    public enum Refusal {
        CROSS_SITE(403, "cross_site", "Requests from other sites are refused."),
        NOT_JSON(415, "unsupported_media_type", "This call takes a JSON body: send Content-Type: application/json."),
        TOO_LARGE(413, "too_large", "The request body is too large.");

        private final int status;
        private final String code;
        private final String message;

        Refusal(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    /**
     * What the rules look at in a request. {@code ownOrigins} are lower-case {@code scheme://host[:port]}; an
     * {@code upload} is a request to a page or API address that takes a file (the HR import), whose body may be CSV.
     */
    public record Request(String method, boolean api, String origin, String referer, String fetchSite, String contentType,
                          long contentLength, Set<String> ownOrigins, boolean upload) {

        public Request(String method, boolean api, String origin, String referer, String fetchSite, String contentType,
                       long contentLength, Set<String> ownOrigins) {
            this(method, api, origin, referer, fetchSite, contentType, contentLength, ownOrigins, false);
        }
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private RequestRules() {
    }

    /** The refusal for the request, or empty when it may go on. */
    public static Optional<Refusal> check(Request request, long largestBody) {
        if (request.contentLength() > largestBody) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        if (SAFE_METHODS.contains(request.method().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (crossSite(request)) {
            return Optional.of(Refusal.CROSS_SITE);
        }
        // CSV is no more a simple form's than JSON is: a page elsewhere cannot send it without the browser asking first.
        if (request.api() && !json(request.contentType()) && !(request.upload() && mediaType(request.contentType()).equals("text/csv"))) {
            return Optional.of(Refusal.NOT_JSON);
        }
        return Optional.empty();
    }

    private static boolean crossSite(Request request) {
        if ("cross-site".equalsIgnoreCase(trimmed(request.fetchSite()))) {
            return true;
        }
        String origin = trimmed(request.origin());
        if (origin != null) {
            return !request.ownOrigins().contains(origin.toLowerCase(Locale.ROOT));
        }
        String referer = trimmed(request.referer());
        return referer != null && originOf(referer).map(o -> !request.ownOrigins().contains(o)).orElse(true);
    }

    private static boolean json(String contentType) {
        String mediaType = mediaType(contentType);
        return mediaType.equals("application/json") || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static String mediaType(String contentType) {
        String type = trimmed(contentType);
        if (type == null) {
            return "";
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The lower-case origin ({@code scheme://host[:port]}, the port left out when it is the scheme's default) of an
     * absolute http(s) address, or empty when it is not one.
     */
    public static Optional<String> originOf(String address) {
        try {
            URI uri = new URI(address.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            return Optional.of(origin(scheme, uri.getHost(), uri.getPort()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The lower-case origin of a scheme, host and port ({@code -1} or the scheme's default port are left out). */
    public static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
