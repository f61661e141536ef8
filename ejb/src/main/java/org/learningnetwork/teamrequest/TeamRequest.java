package org.learningnetwork.teamrequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Text;

/**
 * A line manager's request for a course or a briefing for their team (seed 002: bespoke learning): what, how many,
 * the dates that suit and the members; and the learning team's answer — accepted, declined with a reason, or a session
 * scheduled that the team is booked onto.
 */
@Entity
@Table(name = "team_request")
public class TeamRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_request_seq")
    @SequenceGenerator(name = "team_request_seq", sequenceName = "team_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    private String topic;

    @Column(name = "team_size")
    private int teamSize;

    @Column(name = "dates_that_suit")
    private String datesThatSuit;

    private String notes;

    @Enumerated(EnumType.STRING)
    private TeamRequestStatus status = TeamRequestStatus.REQUESTED;

    private String response;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToMany
    @JoinTable(name = "team_request_member", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new LinkedHashSet<>();

    protected TeamRequest() {
    }

    /** A request as checked by {@link TeamRequestRules}; the topic is the course's title when none is given. */
    TeamRequest(Person manager, Course course, String topic, int teamSize, String datesThatSuit, String notes,
                Collection<Person> members, Instant requestedAt) {
        this.manager = manager;
        this.course = course;
        String cleanTopic = Text.clean(topic);
        this.topic = cleanTopic != null ? cleanTopic : course.getTitle();
        this.teamSize = teamSize;
        this.datesThatSuit = Text.clean(datesThatSuit);
        this.notes = Text.clean(notes);
        this.members.addAll(members);
        this.requestedAt = requestedAt;
    }

    /** Moves it on, as {@link TeamRequestRules#answer} allowed: the learning team's words and the session, if any. */
    void answer(TeamRequestStatus next, String message, CourseSession scheduled, Instant now) {
        status = next;
        response = Text.clean(message);
        if (scheduled != null) {
            session = scheduled;
        }
        decidedAt = now;
    }

    void withdraw(Instant now) {
        status = TeamRequestStatus.WITHDRAWN;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getManager() {
        return manager;
    }

    /** The course asked for, or {@code null} for a topic of the manager's own. */
    public Course getCourse() {
        return course;
    }

    public String getTopic() {
        return topic;
    }

    public int getTeamSize() {
        return teamSize;
    }

    public String getDatesThatSuit() {
        return datesThatSuit;
    }

    public String getNotes() {
        return notes;
    }

    public TeamRequestStatus getStatus() {
        return status;
    }

    /** The learning team's words with its answer: why it was declined, or about the session. */
    public String getResponse() {
        return response;
    }

    /** The session scheduled for the team, once there is one. */
    public CourseSession getSession() {
        return session;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** The members named, by name. */
    public List<Person> getMembers() {
        return members.stream().sorted(Comparator.comparing(Person::getFullName, Comparator.nullsLast(String::compareTo))).toList();
    }
}
