package org.learningnetwork.booking;

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
 * The link a line manager without an account approves or declines a request by, without signing in. It expires after
 * {@link BookingSettings#approvalLinkLasts()}; a new request on the booking ends the earlier links.
 */
@Entity
@Table(name = "approval_link")
@NamedQuery(name = ApprovalLink.BY_DIGEST, query = "select l from ApprovalLink l where l.tokenHash = :hash")
public class ApprovalLink extends BookingLink {

    /** The link whose token has the digest {@code :hash}. */
    public static final String BY_DIGEST = "ApprovalLink.byDigest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_link_seq")
    @SequenceGenerator(name = "approval_link_seq", sequenceName = "approval_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "manager_person_id")
    private Person manager;

    protected ApprovalLink() {
    }

    ApprovalLink(Booking booking, Person manager, String token, Instant now, Instant expiresAt) {
        super(booking, token, now, expiresAt);
        this.manager = manager;
    }

    /** A new random token for a link. */
    static String newToken() {
        return Tokens.newToken();
    }

    public Long getId() {
        return id;
    }

    public Person getManager() {
        return manager;
    }
}
