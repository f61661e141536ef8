package org.learningnetwork.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random tokens that links sent by e-mail carry (approval, leaving the distribution list): 256 bits, URL-safe;
 * only their SHA-256 digest is stored, so the database gives no working link. The e-mail carrying one keeps it only
 * until it is sent ({@link #withoutLinks}).
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new random token (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final java.util.regex.Pattern LINK_TOKEN = java.util.regex.Pattern.compile("([?&]token=)[A-Za-z0-9_%.~-]+");

    /** What a link's token is replaced by once its e-mail has gone. */
    public static final String REMOVED = "removed-once-sent";

    /**
     * The text with the token of every link in it ({@code ...?token=...}) removed: what is kept of an e-mail once sent, and
     * what a copy of someone's data shows of one still waiting, so that no working link rests in the database or leaves it.
     */
    public static String withoutLinks(String text) {
        return text == null ? null : LINK_TOKEN.matcher(text).replaceAll("$1" + REMOVED);
    }

    /** The digest a token is stored and looked up by. */
    public static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
