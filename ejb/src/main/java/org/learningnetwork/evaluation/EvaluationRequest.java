package org.learningnetwork.evaluation;

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
import org.learningnetwork.actionlearning.LearningSet;
import org.learningnetwork.actionlearning.SetMember;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Tokens;

/**
 * A request to one person to answer a question set about one booking (or one record of self-guided learning done): at the end of the course
 * ({@link #END}), or at one of the course's follow-ups (an ISO-8601 period after the session, e.g. {@code P3M}).
 * Its link carries a random token of which only the digest is kept; it can be answered once, until it closes.
 */
@Entity
@Table(name = "evaluation_request")
public class EvaluationRequest {

    /** The follow-up code of an end-of-course request. */
    public static final String END = "END";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_request_seq")
    @SequenceGenerator(name = "evaluation_request_seq", sequenceName = "evaluation_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @ManyToOne
    @JoinColumn(name = "learning_record_id")
    private LearningRecord learningRecord;

    @ManyToOne
    @JoinColumn(name = "set_member_id")
    private SetMember setMember;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_set_id")
    private QuestionSet questionSet;

    @ManyToOne(optional = false)
    @JoinColumn(name = "respondent_person_id")
    private Person respondent;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    private int reminders;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected EvaluationRequest() {
    }

    EvaluationRequest(Booking booking, QuestionSet questionSet, Person respondent, String followUp, String token, Instant issuedAt,
            Instant closesAt) {
        this.booking = booking;
        this.questionSet = questionSet;
        this.respondent = respondent;
        this.followUp = followUp;
        this.tokenHash = Tokens.digest(token);
        this.issuedAt = issuedAt;
        this.closesAt = closesAt;
    }

    /** A request about self-guided learning done (its learning record) rather than a booking. */
    EvaluationRequest(LearningRecord learningRecord, QuestionSet questionSet, String token, Instant issuedAt, Instant closesAt) {
        this((Booking) null, questionSet, learningRecord.getPerson(), END, token, issuedAt, closesAt);
        this.learningRecord = learningRecord;
    }

    /** A request about a membership of an action-learning set, at one of its checkpoints ({@code followUp}: its code). */
    EvaluationRequest(SetMember setMember, QuestionSet questionSet, Person respondent, String followUp, String token, Instant issuedAt,
            Instant closesAt) {
        this((Booking) null, questionSet, respondent, followUp, token, issuedAt, closesAt);
        this.setMember = setMember;
    }

    /** Whether it can be answered now: not yet answered, not closed early, and before it closes. */
    public boolean isOpen(Instant now) {
        return answeredAt == null && closedAt == null && now.isBefore(closesAt);
    }

    void answered(Instant now) {
        answeredAt = now;
    }

    void close(Instant now) {
        closedAt = now;
    }

    /** Opens an unanswered request again (the register was corrected back to attended), until {@code closesAt}. */
    void reopen(Instant closesAt) {
        if (closedAt != null || this.closesAt.isBefore(closesAt)) {
            this.closedAt = null;
            this.closesAt = closesAt;
        }
    }

    /** A reminder went with a new link ({@code token}), which replaces the one before. */
    void reminded(String token) {
        reminders++;
        tokenHash = Tokens.digest(token);
    }

    public Long getId() {
        return id;
    }

    /** The booking asked about; null for self-guided learning ({@link #getLearningRecord()}). */
    public Booking getBooking() {
        return booking;
    }

    /** The record of self-guided learning asked about; null for a booking. */
    public LearningRecord getLearningRecord() {
        return learningRecord;
    }

    /** The course asked about; null for a set's questionnaire. */
    public Course getCourse() {
        return booking != null ? booking.getSession().getCourse() : learningRecord != null ? learningRecord.getCourse() : null;
    }

    /** The membership of an action-learning set asked about; null for a course. */
    public SetMember getSetMember() {
        return setMember;
    }

    /** The action-learning set asked about; null for a course. */
    public LearningSet getLearningSet() {
        return setMember == null ? null : setMember.getSet();
    }

    /** The session asked about; null for self-guided learning. */
    public CourseSession getSession() {
        return booking != null ? booking.getSession() : null;
    }

    /** The person who learned (the respondent, or the one their manager is asked about). */
    public Person getLearner() {
        return booking != null ? booking.getPerson() : learningRecord != null ? learningRecord.getPerson() : setMember.getPerson();
    }

    /** The self-guided resource asked about; null for a booking. */
    public String getResourceTitle() {
        return learningRecord == null || learningRecord.getResource() == null ? null : learningRecord.getResource().getTitle();
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public Person getRespondent() {
        return respondent;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getReminders() {
        return reminders;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
