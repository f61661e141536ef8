package org.learningnetwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.learningnetwork.platform.Tokens;

/**
 * A link, sent by e-mail, by which someone sets the password of an account: an invitation to a new account, a
 * forgotten password, the first administrator's. The link carries a random token of 256 bits; only its SHA-256
 * digest is stored, so the table gives no working link away. A link works once and until it expires; setting a
 * password ends every other open link of the account.
 */
@Entity
@Table(name = "account_link")
public class AccountLink {

    /** Why the link was sent. */
    public enum Purpose {
        INVITATION,
        RESET,
        FIRST_ADMINISTRATOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_link_seq")
    @SequenceGenerator(name = "account_link_seq", sequenceName = "account_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
    }

    AccountLink(UserAccount account, Purpose purpose, String token, Instant now, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = Tokens.digest(token);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still works at {@code now}: not used, not expired. */
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
