package org.learningnetwork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Tokens;

/**
 * The link a line manager without an account approves or declines a request by, without signing in. The
 * link carries a random token of 256 bits; only its SHA-256 digest is stored, so the table gives no working
 * link away. A link works once and until it expires; a new request on the booking ends the earlier links.
 */
@Entity
@Table(name = "approval_link")
@NamedQuery(name = ApprovalLink.BY_DIGEST, query = "select l from ApprovalLink l where l.tokenHash = :hash")
public class ApprovalLink {

    /** The link whose token has the digest {@code :hash}. */
    public static final String BY_DIGEST = "ApprovalLink.byDigest";


    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_link_seq")
    @SequenceGenerator(name = "approval_link_seq", sequenceName = "approval_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @ManyToOne(optional = false)
    @JoinColumn(name = "manager_person_id")
    private Person manager;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ApprovalLink() {
    }

    ApprovalLink(Booking booking, Person manager, String token, Instant now, Instant expiresAt) {
        this.booking = booking;
        this.manager = manager;
        this.tokenHash = digest(token);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A new random token for a link. */
    static String newToken() {
        return Tokens.newToken();
    }

    /** The digest a token is stored and looked up by. */
    static String digest(String token) {
        return Tokens.digest(token);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Booking getBooking() {
        return booking;
    }

    public Person getManager() {
        return manager;
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
