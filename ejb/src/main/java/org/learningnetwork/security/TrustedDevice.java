package org.learningnetwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A browser an account's holder signed in from, known by a random token in a cookie of that browser (only its SHA-256
 * digest is stored). While the account is locked after failed sign-ins, it still signs in from here, so that someone
 * guessing from elsewhere cannot keep its holder out (OWASP's device cookies). Wrong passwords from here count against
 * this browser instead of the account; {@value #MAX_FAILURES} in a row end its trust.
 */
@Entity
@Table(name = "trusted_device")
public class TrustedDevice {

    static final int MAX_FAILURES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trusted_device_seq")
    @SequenceGenerator(name = "trusted_device_seq", sequenceName = "trusted_device_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    protected TrustedDevice() {
    }

    TrustedDevice(UserAccount account, String token, Instant now) {
        this.account = account;
        this.tokenHash = Tokens.digest(token);
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    /** A wrong password from this browser; whether it is still trusted after it. */
    boolean failedSignIn() {
        failedSignIns++;
        return failedSignIns < MAX_FAILURES;
    }

    void signedIn(Instant now) {
        failedSignIns = 0;
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }
}
