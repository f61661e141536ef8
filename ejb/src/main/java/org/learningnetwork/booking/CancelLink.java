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
import org.learningnetwork.platform.Tokens;

/**
 * The link a learner without a sign-in account cancels their booking by, from the mails about it. The link carries a
 * random token; only its digest is stored. It works once, and until the session starts.
 */
@Entity
@Table(name = "cancel_link")
@NamedQuery(name = CancelLink.BY_DIGEST, query = "select l from CancelLink l where l.tokenHash = :hash")
public class CancelLink {

    /** The link whose token has the digest {@code :hash}. */
    public static final String BY_DIGEST = "CancelLink.byDigest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cancel_link_seq")
    @SequenceGenerator(name = "cancel_link_seq", sequenceName = "cancel_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected CancelLink() {
    }

    CancelLink(Booking booking, String token, Instant now) {
        this.booking = booking;
        this.tokenHash = Tokens.digest(token);
        this.createdAt = now;
        this.expiresAt = booking.getSession().getStartsAt();
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Booking getBooking() {
        return booking;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
