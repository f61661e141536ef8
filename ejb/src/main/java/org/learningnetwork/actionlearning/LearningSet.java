package org.learningnetwork.actionlearning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Text;

/**
 * An action-learning set or a community of practice: its purpose, facilitators, how people join and how many places
 * it has, how its meetings are held (online or at a venue, how long), and when its longitudinal questionnaires are
 * asked. It closes, never goes: its meetings, attendance and themes stay for the programme's figures.
 *
 * <p>Invariants: the name is unique ignoring case; online or at a venue, not both; a community of practice is open
 * to anyone and has no questionnaires unless the learning team sets them.
 */
@Entity
@Table(name = "learning_set")
public class LearningSet {

    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_set_seq")
    @SequenceGenerator(name = "learning_set_seq", sequenceName = "learning_set_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{set.kind.required}")
    @Enumerated(EnumType.STRING)
    private SetKind kind = SetKind.ACTION_LEARNING_SET;

    @NotBlank(message = "{set.name.required}")
    @Size(max = 200, message = "{set.name.size}")
    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @NotNull(message = "{set.purpose.required}")
    @Enumerated(EnumType.STRING)
    private SetPurpose purpose;

    @Size(max = DESCRIPTION_MAX, message = "{set.description.size}")
    private String description;

    @NotNull(message = "{set.joining.required}")
    @Enumerated(EnumType.STRING)
    private Joining joining = Joining.APPLICATION;

    @Min(value = 2, message = "{set.places.range}")
    @Max(value = 200, message = "{set.places.range}")
    private Integer places = 8;

    @Column(name = "meeting_minutes")
    @Min(value = 15, message = "{set.minutes.range}")
    @Max(value = 480, message = "{set.minutes.range}")
    private int meetingMinutes = 120;

    private boolean online = true;

    @ManyToOne
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(name = "questionnaire_offsets")
    private String questionnaireOffsets = Checkpoint.format(Checkpoint.DEFAULT);

    @Column(name = "ask_managers")
    private boolean askManagers = true;

    @Column(name = "created_on")
    private LocalDate createdOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ManyToMany
    @JoinTable(name = "learning_set_facilitator", joinColumns = @JoinColumn(name = "learning_set_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> facilitators = new LinkedHashSet<>();

    /** A set still to be named, for the form that adds one. */
    public LearningSet() {
    }

    @PrePersist
    @PreUpdate
    void normalise() {
        name = Text.clean(name);
        nameKey = Text.key(name);
        description = description == null || description.isBlank() ? null : description.strip();
        if (online) {
            venue = null;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public SetKind getKind() {
        return kind;
    }

    public void setKind(SetKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public SetPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(SetPurpose purpose) {
        this.purpose = purpose;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Joining getJoining() {
        return joining;
    }

    public void setJoining(Joining joining) {
        this.joining = joining;
    }

    /** The most members at once; none for no limit. */
    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(int meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    /** When the questionnaires are asked, earliest first. */
    public List<Checkpoint> getCheckpoints() {
        return Checkpoint.parse(questionnaireOffsets);
    }

    public void setCheckpoints(List<Checkpoint> checkpoints) {
        this.questionnaireOffsets = Checkpoint.format(checkpoints);
    }

    /** Whether members' line managers are asked too. */
    public boolean isAskManagers() {
        return askManagers;
    }

    public void setAskManagers(boolean askManagers) {
        this.askManagers = askManagers;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    void created(LocalDate on) {
        this.createdOn = on;
    }

    /** When it closed; null while it runs. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    void close(LocalDate on) {
        closedOn = on;
    }

    void reopen() {
        closedOn = null;
    }

    public Set<Person> getFacilitators() {
        return Collections.unmodifiableSet(facilitators);
    }

    /** The facilitators by name. */
    public List<Person> getFacilitatorList() {
        List<Person> list = new ArrayList<>(facilitators);
        list.sort(java.util.Comparator.comparing(Person::getFamilyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Person::getGivenName, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    public boolean isFacilitatedBy(Long personId) {
        return personId != null && facilitators.stream().anyMatch(p -> p.getId().equals(personId));
    }

    void addFacilitator(Person person) {
        facilitators.add(person);
    }

    void removeFacilitator(Person person) {
        facilitators.remove(person);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningSet set && id != null && id.equals(set.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
