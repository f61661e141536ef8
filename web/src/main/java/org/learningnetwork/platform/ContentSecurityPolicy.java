package org.learningnetwork.platform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content security policy of every response: nothing loads from elsewhere, nothing frames the application, and
 * a script runs only when it comes from the application's own files or carries the page's nonce.
 *
 * <p>Pages get their nonce from PrimeFaces' CSP mode ({@code primefaces.CSP}), which writes it on every script it
 * renders, moves inline event handlers into such a script and adds its own header with the nonce; that header is
 * replaced by this policy with the same nonce ({@link #forHeader}). Responses without a page get the policy without a
 * nonce: no inline script runs at all.
 *
 * <p>Styles still allow {@code 'unsafe-inline'}: PrimeFaces components and the chart and calendar widgets set
 * {@code style} attributes, which a nonce cannot cover. Style attributes cannot run code.
 */
public final class ContentSecurityPolicy {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]{16,200})'");

    private ContentSecurityPolicy() {
    }

    /** The policy, allowing inline scripts that carry this nonce, or none when it is absent. */
    public static String of(Optional<String> nonce) {
        return "default-src 'self'; script-src 'self'" + nonce.map(n -> " 'nonce-" + n + "'").orElse("")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }

    /** The policy to send in place of a policy header someone else set: this one, with that header's nonce if it had one. */
    public static String forHeader(String header) {
        return of(nonceIn(header));
    }

    /** The script nonce a policy header allows, if any. */
    static Optional<String> nonceIn(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = NONCE.matcher(header);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
