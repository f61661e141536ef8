package org.learningnetwork.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The questions asked for one purpose of one respondent: at the end of a course, or at a follow-up of the learner or
 * of their line manager. A set marked anonymous keeps its responses apart from who gave them.
 */
@Entity
@Table(name = "question_set")
public class QuestionSet {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_set_seq")
    @SequenceGenerator(name = "question_set_seq", sequenceName = "question_set_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    private EvaluationPurpose purpose;

    @Enumerated(EnumType.STRING)
    private Respondent respondent;

    @Column(name = "anonymous")
    private boolean anonymous;

    @OneToMany(mappedBy = "questionSet", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected QuestionSet() {
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public EvaluationPurpose getPurpose() {
        return purpose;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    /** Every question, retired ones too, in order. */
    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    /** The questions asked now, in order. */
    public List<Question> getAsked() {
        return questions.stream().filter(q -> !q.isRetired()).toList();
    }

    void rename(String name, boolean anonymous) {
        this.name = name;
        this.anonymous = anonymous;
    }

    void add(Question question) {
        questions.add(question);
    }

    void remove(Question question) {
        questions.remove(question);
    }
}
