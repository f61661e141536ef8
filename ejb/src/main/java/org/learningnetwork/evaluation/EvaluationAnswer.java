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

/**
 * One answer: a score (a Likert statement, or confidence now with {@code scoreBefore} for a learning outcome, whose
 * position is {@code outcome}), yes or no, free text, or one chosen option (a choice of several is one answer each).
 */
@Entity
@Table(name = "evaluation_answer")
public class EvaluationAnswer {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_answer_seq")
    @SequenceGenerator(name = "evaluation_answer_seq", sequenceName = "evaluation_answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id")
    private EvaluationResponse response;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    private Integer outcome;

    private Integer score;

    @Column(name = "score_before")
    private Integer scoreBefore;

    private Boolean yes;

    private String text;

    private String choice;

    protected EvaluationAnswer() {
    }

    EvaluationAnswer(EvaluationResponse response, Question question, Integer outcome, Integer score, Integer scoreBefore, Boolean yes,
            String text, String choice) {
        this.response = response;
        this.question = question;
        this.outcome = outcome;
        this.score = score;
        this.scoreBefore = scoreBefore;
        this.yes = yes;
        this.text = text;
        this.choice = choice;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public Integer getOutcome() {
        return outcome;
    }

    public Integer getScore() {
        return score;
    }

    public Integer getScoreBefore() {
        return scoreBefore;
    }

    public Boolean getYes() {
        return yes;
    }

    public String getText() {
        return text;
    }

    public String getChoice() {
        return choice;
    }
}
