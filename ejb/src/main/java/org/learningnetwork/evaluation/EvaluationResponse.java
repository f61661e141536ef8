package org.learningnetwork.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.learningnetwork.actionlearning.LearningSet;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The answers one person gave to a question set about a session or self-guided learning. It keeps what the figures
 * need — the course and session (none for self-guided learning), the
 * learner's organisation and workforce group, the day — and the request it answers only where the set is not
 * anonymous (so an anonymous response cannot be tied back to its respondent).
 */
@Entity
@Table(name = "evaluation_response")
public class EvaluationResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_response_seq")
    @SequenceGenerator(name = "evaluation_response_seq", sequenceName = "evaluation_response_seq", allocationSize = 50)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "request_id")
    private EvaluationRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_set_id")
    private QuestionSet questionSet;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne
    @JoinColumn(name = "learning_set_id")
    private LearningSet learningSet;

    @Enumerated(EnumType.STRING)
    private EvaluationPurpose purpose;

    @Enumerated(EnumType.STRING)
    private Respondent respondent;

    @Column(name = "follow_up")
    private String followUp;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "workforce_group_id")
    private WorkforceGroup workforceGroup;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
    private List<EvaluationAnswer> answers = new ArrayList<>();

    protected EvaluationResponse() {
    }

    EvaluationResponse(EvaluationRequest request, Organisation organisation, WorkforceGroup workforceGroup, LocalDate submittedOn) {
        QuestionSet set = request.getQuestionSet();
        this.request = set.isAnonymous() ? null : request;
        this.questionSet = set;
        this.session = request.getSession();
        this.course = request.getCourse();
        this.learningSet = request.getLearningSet();
        this.purpose = set.getPurpose();
        this.respondent = set.getRespondent();
        this.followUp = request.getFollowUp();
        this.organisation = organisation;
        this.workforceGroup = workforceGroup;
        this.submittedOn = submittedOn;
    }

    void add(EvaluationAnswer answer) {
        answers.add(answer);
    }

    public Long getId() {
        return id;
    }

    /** The request answered; none for an anonymous set. */
    public EvaluationRequest getRequest() {
        return request;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    /** The session evaluated; null for self-guided learning. */
    public CourseSession getSession() {
        return session;
    }

    /** The course evaluated; null for an action-learning set's questionnaire. */
    public Course getCourse() {
        return course;
    }

    /** The action-learning set asked about; null for a course. */
    public LearningSet getLearningSet() {
        return learningSet;
    }

    public EvaluationPurpose getPurpose() {
        return purpose;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public WorkforceGroup getWorkforceGroup() {
        return workforceGroup;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public List<EvaluationAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
