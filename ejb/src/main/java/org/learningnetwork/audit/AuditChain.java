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

    protected AuditChain() {
    }

    /** Moves the head on to the entry just appended. */
    void appended(AuditEntry entry) {
        lastId = entry.getId();
        lastHash = entry.getHash();
    }

    /** Moves the start of the chain past the oldest entries, the last of them {@code lastRemoved}. */
    void trimmedThrough(AuditEntry lastRemoved) {
        firstId = lastRemoved.getId() + 1;
        firstPreviousHash = lastRemoved.getHash();
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
