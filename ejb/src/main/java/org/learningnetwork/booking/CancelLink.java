package org.learningnetwork.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The link a learner without a sign-in account cancels their booking by, from the mails about it. It works until the
 * session starts.
 */
@Entity
@Table(name = "cancel_link")
@NamedQuery(name = CancelLink.BY_DIGEST, query = "select l from CancelLink l where l.tokenHash = :hash")
public class CancelLink extends BookingLink {

    /** The link whose token has the digest {@code :hash}. */
    public static final String BY_DIGEST = "CancelLink.byDigest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cancel_link_seq")
    @SequenceGenerator(name = "cancel_link_seq", sequenceName = "cancel_link_seq", allocationSize = 50)
    private Long id;

    protected CancelLink() {
    }

    CancelLink(Booking booking, String token, Instant now) {
        super(booking, token, now, booking.getSession().getStartsAt());
    }
}
