package org.learningnetwork.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Someone in the partnership's workforce: a practitioner, volunteer, foster carer or manager in one
 * organisation, perhaps with a line manager (who may work in another agency), and placed in at most one
 * workforce group per framework.
 *
 * <p>Invariants: the work e-mail address is unique and stored in lower case; nobody is their own line
 * manager; people are deactivated rather than deleted while their records are retained.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.STAFF_OF, query = "select p from Person p where p.lineManager.id = :manager and p.active = :active"
        + " order by p.familyName, p.givenName, p.id")
@NamedQuery(name = Person.BY_WORK_EMAIL, query = "select p from Person p where p.workEmail = :email")
public class Person {

    /** A line manager's ({@code :manager}, their person's id) staff who are {@code :active}, by name. */
    public static final String STAFF_OF = "Person.staffOf";
    /** The person with a work e-mail address ({@code :email}, lower case). */
    public static final String BY_WORK_EMAIL = "Person.byWorkEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{person.givenName.required}")
    @Size(max = 100, message = "{person.givenName.size}")
    @Column(name = "given_name")
    private String givenName;

    @NotBlank(message = "{person.familyName.required}")
    @Size(max = 100, message = "{person.familyName.size}")
    @Column(name = "family_name")
    private String familyName;

    @NotBlank(message = "{person.workEmail.required}")
    @Email(message = "{person.workEmail.invalid}")
    @Size(max = 254, message = "{person.workEmail.size}")
    @Column(name = "work_email")
    private String workEmail;

    @Pattern(regexp = "[0-9 +()\\-]{6,40}", message = "{person.phone.invalid}")
    private String phone;

    @Size(max = 150, message = "{person.jobTitle.size}")
    @Column(name = "job_title")
    private String jobTitle;

    @NotNull(message = "{person.organisation.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    // Read when asked for: lists of people (a roster, a team's bookings) show names, and each line manager read with
    // them was one more statement, and their own line manager another.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Person lineManager;

    @ManyToMany
    @JoinTable(name = "person_workforce_group",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "workforce_group_id"))
    @MapKeyJoinColumn(name = "framework_code")
    private Map<Framework, WorkforceGroup> workforceGroups = new HashMap<>();

    /** The number the council's HR system knows the person by (set by the HR import); unique. */
    @Column(name = "employee_number")
    private String employeeNumber;

    /** When the person started and left, as HR has them (set by the HR import). */
    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    private boolean active = true;

    /** When the record was last written: activity that keeps a person's data from the retention sweep. */
    @Column(name = "changed_at")
    private Instant changedAt;

    /** When the person was anonymised (by erasure or the retention sweep), if they have been. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;

    protected Person() {
    }

    @PrePersist
    @PreUpdate
    void changed() {
        changedAt = Instant.now();
    }

    public Person(String givenName, String familyName, String workEmail, Organisation organisation) {
        setGivenName(givenName);
        setFamilyName(familyName);
        setWorkEmail(workEmail);
        this.organisation = organisation;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = Text.clean(givenName);
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = Text.clean(familyName);
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        String cleaned = Text.clean(workEmail);
        this.workEmail = cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.clean(phone);
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = Text.clean(jobTitle);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public Person getLineManager() {
        return lineManager;
    }

    /** @throws IllegalArgumentException if the manager is this person */
    public void setLineManager(Person lineManager) {
        if (lineManager != null && lineManager == this) {
            throw new IllegalArgumentException("Nobody is their own line manager");
        }
        this.lineManager = lineManager;
    }

    /** This person's workforce group in each framework they are placed in. */
    public Map<Framework, WorkforceGroup> getWorkforceGroups() {
        return Collections.unmodifiableMap(workforceGroups);
    }

    public Optional<WorkforceGroup> workforceGroupIn(Framework framework) {
        return Optional.ofNullable(workforceGroups.get(framework));
    }

    /** Places this person in a group, replacing any group they had in the same framework. */
    public void placeIn(WorkforceGroup group) {
        workforceGroups.put(group.getFramework(), group);
    }

    public void removeFrom(Framework framework) {
        workforceGroups.remove(framework);
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }
}
