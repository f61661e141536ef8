package org.learningnetwork.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Decides whether a "continue to" address after sign-in is safe to redirect to: only a path inside this
 * application, never another site (an open redirect would let a phishing link borrow our sign-in page).
 */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    /** The path if it is a local one such as {@code /people/person.xhtml?id=3}; empty otherwise. */
    public static Optional<String> localPath(String candidate) {
        if (candidate == null || candidate.isBlank() || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.startsWith(SignInMechanism.SIGN_IN_PAGE)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getAuthority() != null || uri.getPath() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
