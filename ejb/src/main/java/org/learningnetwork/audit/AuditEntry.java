package org.learningnetwork.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit log: when, which account (none: the application itself), what it did, to which record
 * (type and id), with a detail code. Never changed once written; numbered without gaps and hash-chained to the
 * entry before ({@link AuditHash}). Holds no personal data.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private Long targetId;

    private String detail;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long id, Instant occurredAt, Long actorAccountId, AuditAction action, String targetType, Long targetId,
               String detail, String previousHash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = AuditHash.of(this);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
