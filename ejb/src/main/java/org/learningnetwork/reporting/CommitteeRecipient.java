package org.learningnetwork.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address on a committee's distribution list: the quarterly KPI report pack is e-mailed to it. */
@Entity
@Table(name = "committee_recipient")
public class CommitteeRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_recipient_seq")
    @SequenceGenerator(name = "committee_recipient_seq", sequenceName = "committee_recipient_seq", allocationSize = 50)
    private Long id;

    @Column(name = "committee_code")
    private String committee;

    private String email;

    @Column(name = "added_at")
    private Instant addedAt;

    /** The person in the workforce with this address when it was added, if anyone has it. */
    @Column(name = "person_id")
    private Long personId;

    protected CommitteeRecipient() {
    }

    CommitteeRecipient(String committee, String email, Instant addedAt, Long personId) {
        this.committee = committee;
        this.email = email;
        this.addedAt = addedAt;
        this.personId = personId;
    }

    public Long getId() {
        return id;
    }

    public String getCommittee() {
        return committee;
    }

    public String getEmail() {
        return email;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Long getPersonId() {
        return personId;
    }
}
