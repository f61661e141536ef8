package org.learningnetwork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.Tokens;

/**
 * A link mailed to someone who acts on a booking without signing in. The link carries a random token of 256 bits; only
 * its SHA-256 digest is stored, so the table gives no working link away. A link works once, and until it expires.
 */
@MappedSuperclass
public abstract class BookingLink {

    /** Longer than any token we make: anything longer is not ours, and is not looked up. */
    private static final int LONGEST_TOKEN = 100;

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

    protected BookingLink() {
    }

    protected BookingLink(Booking booking, String token, Instant now, Instant expiresAt) {
        this.booking = booking;
        this.tokenHash = Tokens.digest(token);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /**
     * The link of this kind with this token ({@code byDigest}: its query by {@code :hash}) if it still works.
     *
     * @throws RejectedException {@code link.invalid} for a token we did not make, {@code link.used} or {@code link.expired}
     */
    static <L extends BookingLink> L open(EntityManager em, Class<L> kind, String byDigest, String token, Instant now)
            throws RejectedException {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            throw new RejectedException(null, "link.invalid");
        }
        L link = em.createNamedQuery(byDigest, kind).setParameter("hash", Tokens.digest(token.trim())).getResultStream().findFirst()
                .orElseThrow(() -> new RejectedException(null, "link.invalid"));
        if (link.getUsedAt() != null) {
            throw new RejectedException(null, "link.used");
        }
        if (!now.isBefore(link.getExpiresAt())) {
            throw new RejectedException(null, "link.expired");
        }
        return link;
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Booking getBooking() {
        return booking;
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
