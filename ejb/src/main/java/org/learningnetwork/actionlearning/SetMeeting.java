package org.learningnetwork.actionlearning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.learningnetwork.catalogue.Venue;

/**
 * One meeting of a set (a session of a community of practice): when, online or where; then, once held, who attended
 * (by person id) and the themes raised (by theme id, with how many of the problems brought fell under each). A
 * cancelled meeting keeps its row, so that members' calendars are told.
 */
@Entity
@Table(name = "set_meeting")
public class SetMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "set_meeting_seq")
    @SequenceGenerator(name = "set_meeting_seq", sequenceName = "set_meeting_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learning_set_id")
    private LearningSet set;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private boolean online;

    @ManyToOne
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** When the facilitator last recorded attendance or themes; null until then. */
    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "set_attendance", joinColumns = @JoinColumn(name = "set_meeting_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "mark")
    @Enumerated(EnumType.STRING)
    private Map<Long, MeetingMark> attendance = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "meeting_theme", joinColumns = @JoinColumn(name = "set_meeting_id"))
    @MapKeyColumn(name = "set_theme_id")
    @Column(name = "problems")
    private Map<Long, Integer> themes = new HashMap<>();

    protected SetMeeting() {
    }

    SetMeeting(LearningSet set, Instant startsAt, Instant endsAt) {
        this.set = set;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.online = set.isOnline();
        this.venue = set.isOnline() ? null : set.getVenue();
    }

    void cancel(Instant now) {
        cancelledAt = now;
    }

    void record(Map<Long, MeetingMark> marks, Map<Long, Integer> raised, Instant now) {
        attendance.clear();
        attendance.putAll(marks);
        themes.clear();
        themes.putAll(raised);
        recordedAt = now;
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isOnline() {
        return online;
    }

    public Venue getVenue() {
        return venue;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Attendance by person id. */
    public Map<Long, MeetingMark> getAttendance() {
        return Collections.unmodifiableMap(attendance);
    }

    /** Problems raised by theme id. */
    public Map<Long, Integer> getThemes() {
        return Collections.unmodifiableMap(themes);
    }

    /** How many attended. */
    public long getAttended() {
        return attendance.values().stream().filter(MeetingMark.ATTENDED::equals).count();
    }
}
