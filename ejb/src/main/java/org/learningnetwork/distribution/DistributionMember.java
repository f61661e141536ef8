package org.learningnetwork.distribution;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.learningnetwork.people.Person;

/** A person on the course distribution list: the consent they gave (the words, when) and, once left, when and how. */
@Entity
@Table(name = "distribution_member")
public class DistributionMember {

    /** How a person left the list. */
    public enum Withdrawal { PERSON, LINK }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "distribution_member_seq")
    @SequenceGenerator(name = "distribution_member_seq", sequenceName = "distribution_member_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "consent_text")
    private String consentText;

    @Column(name = "consented_at")
    private Instant consentedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_by")
    private Withdrawal withdrawnBy;

    protected DistributionMember() {
    }

    DistributionMember(Person person, String consentText, Instant consentedAt) {
        this.person = person;
        this.consentText = consentText;
        this.consentedAt = consentedAt;
    }

    void withdraw(Withdrawal how, Instant at) {
        withdrawnAt = at;
        withdrawnBy = how;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getConsentText() {
        return consentText;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isCurrent() {
        return withdrawnAt == null;
    }
}
