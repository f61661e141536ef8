package org.learningnetwork.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over every field and the previous entry's hash, each field written with
 * its length first so that no two different entries read the same. Times count in microseconds, the precision
 * the databases keep.
 */
public final class AuditHash {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** A time as the audit log keeps it (microseconds). */
    static Instant kept(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(AuditEntry entry) {
        return of(entry.getId(), entry.getOccurredAt(), entry.getActorAccountId(), entry.getAction(), entry.getTargetType(),
                entry.getTargetId(), entry.getDetail(), entry.getPreviousHash());
    }

    /** The hash of an entry with these fields (public, so that anyone can check an exported log the same way). */
    public static String of(long id, Instant occurredAt, Long actorAccountId, AuditAction action, String targetType,
                            Long targetId, String detail, String previousHash) {
        Instant at = kept(occurredAt);
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {id, micros, actorAccountId, action, targetType, targetId, detail, previousHash}) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
