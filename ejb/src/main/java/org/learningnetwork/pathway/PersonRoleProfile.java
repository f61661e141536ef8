package org.learningnetwork.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.learningnetwork.people.Person;

/** A role profile a person holds, since when and who gave it. */
@Entity
@Table(name = "person_role_profile")
@NamedQuery(name = PersonRoleProfile.OF_PEOPLE, query = "select h from PersonRoleProfile h join fetch h.roleProfile"
        + " where h.person.id in :people order by h.person.id, h.roleProfile.name")
@NamedQuery(name = PersonRoleProfile.HOLDING, query = "select h from PersonRoleProfile h"
        + " where h.person.id = :person and h.roleProfile.id = :profile")
@NamedQuery(name = PersonRoleProfile.COUNT_HOLDING, query = "select count(h) from PersonRoleProfile h where h.roleProfile = :profile")
public class PersonRoleProfile {

    /** The role profiles of the people {@code :people} (ids), by person then profile name. */
    public static final String OF_PEOPLE = "PersonRoleProfile.ofPeople";
    /** Whether {@code :person} holds {@code :profile} (ids). */
    public static final String HOLDING = "PersonRoleProfile.holding";
    /** How many people hold {@code :profile}. */
    public static final String COUNT_HOLDING = "PersonRoleProfile.countHolding";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_role_profile_seq")
    @SequenceGenerator(name = "person_role_profile_seq", sequenceName = "person_role_profile_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_profile_id")
    private RoleProfile roleProfile;

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_by")
    private AssignedBy assignedBy;

    protected PersonRoleProfile() {
    }

    public PersonRoleProfile(Person person, RoleProfile roleProfile, LocalDate assignedOn, AssignedBy assignedBy) {
        this.person = person;
        this.roleProfile = roleProfile;
        this.assignedOn = assignedOn;
        this.assignedBy = assignedBy;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public RoleProfile getRoleProfile() {
        return roleProfile;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public AssignedBy getAssignedBy() {
        return assignedBy;
    }
}
