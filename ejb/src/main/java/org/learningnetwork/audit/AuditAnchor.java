package org.learningnetwork.audit;

import jakarta.enterprise.context.Dependent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * Anchors the audit log's chain outside the database: the chain's head (where it starts and where it ends) is signed
 * with an HMAC-SHA256 key that only the server configuration holds ({@code learningnetwork.audit.key}, at least 32
 * characters; on GlassFish and Payara best given as a password alias, {@code ${ALIAS=...}}). Someone who can write to
 * the database can rewrite entries and their hashes, but not sign the head that ends such a chain. While a key is
 * replaced, the one before it ({@code learningnetwork.audit.previous-key}) is still accepted, and the next entry
 * signs the head with the new one.
 */
public final class AuditAnchor {

    static final int SHORTEST_KEY = 32;

    static final Setting<String> KEY = key("learningnetwork.audit.key");
    static final Setting<String> PREVIOUS_KEY = key("learningnetwork.audit.previous-key");

    private final byte[] key;
    private final byte[] previousKey;

    AuditAnchor(String key, String previousKey) {
        this.key = usable(key);
        this.previousKey = usable(previousKey);
    }

    /** The anchor with the keys of the server's configuration. */
    static AuditAnchor fromSystemProperties() {
        return new AuditAnchor(KEY.get(), PREVIOUS_KEY.get());
    }

    private static Setting<String> key(String name) {
        return Setting.of(name, null, "a key of at least " + SHORTEST_KEY + " characters", value -> {
            if (value.length() < SHORTEST_KEY) {
                throw new IllegalArgumentException("too short");
            }
            return value;
        }).secret();
    }

    private static byte[] usable(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.strip().length() < SHORTEST_KEY) {
            throw new IllegalStateException(KEY.name() + " must be at least " + SHORTEST_KEY + " characters");
        }
        return key.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the server has a key: without one the chain is checked within the database only. */
    boolean configured() {
        return key != null;
    }

    /** The signature of a head with the current key, if there is one. */
    Optional<String> sign(long firstId, String firstPreviousHash, long lastId, String lastHash) {
        return key == null ? Optional.empty() : Optional.of(mac(key, firstId, firstPreviousHash, lastId, lastHash));
    }

    /** Whether the signature is the head's, under the current or the previous key. */
    boolean signs(String signature, long firstId, String firstPreviousHash, long lastId, String lastHash) {
        if (signature == null) {
            return false;
        }
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        for (byte[] k : new byte[][] {key, previousKey}) {
            if (k != null && MessageDigest.isEqual(given,
                    mac(k, firstId, firstPreviousHash, lastId, lastHash).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static String mac(byte[] key, long firstId, String firstPreviousHash, long lastId, String lastHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String head = firstId + ":" + firstPreviousHash + ":" + lastId + ":" + lastHash;
            return HexFormat.of().formatHex(mac.doFinal(head.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }

    /** The audit log's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
