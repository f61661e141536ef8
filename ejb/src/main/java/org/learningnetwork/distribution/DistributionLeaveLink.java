package org.learningnetwork.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.learningnetwork.platform.Tokens;

/**
 * The link to leave the list that one message carried to one member. Only the token's digest is kept; the link
 * works for as long as the membership lasts.
 */
@Entity
@Table(name = "distribution_leave_link")
public class DistributionLeaveLink {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private DistributionMember member;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private DistributionMessage message;

    protected DistributionLeaveLink() {
    }

    DistributionLeaveLink(String token, DistributionMember member, DistributionMessage message) {
        this.tokenHash = Tokens.digest(token);
        this.member = member;
        this.message = message;
    }

    public DistributionMember getMember() {
        return member;
    }
}
