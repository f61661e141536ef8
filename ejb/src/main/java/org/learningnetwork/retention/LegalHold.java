package org.learningnetwork.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.learningnetwork.people.Person;

/**
 * A legal hold on a person: while it is in place (not released) the retention rules leave their data alone. It
 * records why, when to review it, and which accounts placed and released it.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_hold_seq")
    @SequenceGenerator(name = "legal_hold_seq", sequenceName = "legal_hold_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String reason;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "placed_by_account_id")
    private Long placedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by_account_id")
    private Long releasedBy;

    protected LegalHold() {
    }

    LegalHold(Person person, String reason, LocalDate reviewOn, Instant placedAt, Long placedBy) {
        this.person = person;
        this.reason = reason;
        this.reviewOn = reviewOn;
        this.placedAt = placedAt;
        this.placedBy = placedBy;
    }

    void release(Instant at, Long by) {
        releasedAt = at;
        releasedBy = by;
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Long getPlacedBy() {
        return placedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public Long getReleasedBy() {
        return releasedBy;
    }
}
