package org.learningnetwork.actionlearning;

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
 * An entry of a reflective log: its author's, on a set they are a member or facilitator of, perhaps about one of its
 * meetings. Private to the author; a member may share an entry with the set's facilitators (and take it back). The
 * learning team never reads it.
 */
@Entity
@Table(name = "reflective_log_entry")
public class ReflectiveLogEntry {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reflective_log_entry_seq")
    @SequenceGenerator(name = "reflective_log_entry_seq", sequenceName = "reflective_log_entry_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learning_set_id")
    private LearningSet set;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_person_id")
    private Person author;

    @ManyToOne
    @JoinColumn(name = "set_meeting_id")
    private SetMeeting meeting;

    @Column(name = "written_on")
    private LocalDate writtenOn;

    private String text;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ReflectiveLogEntry() {
    }

    ReflectiveLogEntry(LearningSet set, Person author) {
        this.set = set;
        this.author = author;
    }

    void write(SetMeeting meeting, LocalDate writtenOn, String text, Instant now) {
        this.meeting = meeting;
        this.writtenOn = writtenOn;
        this.text = text;
        this.changedAt = now;
    }

    void share(boolean shared, Instant now) {
        if (shared && sharedAt == null) {
            sharedAt = now;
        } else if (!shared) {
            sharedAt = null;
        }
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

    public Person getAuthor() {
        return author;
    }

    public SetMeeting getMeeting() {
        return meeting;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getText() {
        return text;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
