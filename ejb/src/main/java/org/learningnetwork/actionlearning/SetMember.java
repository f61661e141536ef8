package org.learningnetwork.actionlearning;

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
import java.time.LocalDate;
import org.learningnetwork.people.Person;

/**
 * A person and a set: their application or invitation and where it stands, when they joined and left. One row a
 * person and set: applying again after leaving or being declined starts it afresh.
 */
@Entity
@Table(name = "set_member")
public class SetMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "set_member_seq")
    @SequenceGenerator(name = "set_member_seq", sequenceName = "set_member_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learning_set_id")
    private LearningSet set;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Column(name = "asked_at")
    private Instant askedAt;

    /** The line manager asked to approve an application; null when none was. */
    @ManyToOne
    @JoinColumn(name = "approver_person_id")
    private Person approver;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected SetMember() {
    }

    SetMember(LearningSet set, Person person) {
        this.set = set;
        this.person = person;
    }

    /** Starts afresh: asked now, standing at {@code status}, with {@code approver} to approve (or none). */
    void ask(MemberStatus status, Person approver, Instant now) {
        this.status = status;
        this.approver = approver;
        this.askedAt = now;
        this.joinedOn = null;
        this.leftOn = null;
    }

    void move(MemberStatus status) {
        this.status = status;
    }

    void join(LocalDate on) {
        status = MemberStatus.MEMBER;
        joinedOn = on;
        leftOn = null;
    }

    void leave(LocalDate on) {
        status = MemberStatus.LEFT;
        leftOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getPerson() {
        return person;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Person getApprover() {
        return approver;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
