package org.learningnetwork.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The audit log's head (one row): the last entry appended and its hash, and where the chain starts. Its row is
 * locked while an entry is appended, so entries follow one another without gaps whatever the concurrency.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "first_id")
    private long firstId;

    @Column(name = "first_previous_hash")
    private String firstPreviousHash;

    @Column(name = "last_id")
    private long lastId;

    @Column(name = "last_hash")
    private String lastHash;

    /** The head signed with the server's key ({@link AuditAnchor}); {@code null} until it has one. */
    @Column(name = "head_mac")
    private String headMac;

    protected AuditChain() {
    }

    /**
     * Moves the head on to the entry just appended, signing it anew when the head was signed (or never was and
     * {@code anchoring}, see {@link AuditAnchoring}); a head whose signature is not the server's stays unsigned, as
     * the evidence that it was changed outside the application.
     */
    void appended(AuditEntry entry, AuditAnchor anchor, boolean anchoring) {
        boolean signed = isSignedBy(anchor) || anchoring && headMac == null;
        lastId = entry.getId();
        lastHash = entry.getHash();
        if (signed) {
            sign(anchor);
        }
    }

    /** Moves the start of the chain past the oldest entries, the last of them {@code lastRemoved}. */
    void trimmedThrough(AuditEntry lastRemoved, AuditAnchor anchor) {
        boolean signed = isSignedBy(anchor);
        firstId = lastRemoved.getId() + 1;
        firstPreviousHash = lastRemoved.getHash();
        if (signed) {
            sign(anchor);
        }
    }

    /** Whether the head as it is now is signed under the server's key (current or previous). */
    boolean isSignedBy(AuditAnchor anchor) {
        return anchor.signs(headMac, firstId, firstPreviousHash, lastId, lastHash);
    }

    boolean isUnsigned() {
        return headMac == null;
    }

    private void sign(AuditAnchor anchor) {
        headMac = anchor.sign(firstId, firstPreviousHash, lastId, lastHash).orElse(null);
    }

    public long getFirstId() {
        return firstId;
    }

    public String getFirstPreviousHash() {
        return firstPreviousHash;
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }
}
