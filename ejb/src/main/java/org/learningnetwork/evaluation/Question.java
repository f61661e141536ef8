package org.learningnetwork.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/**
 * One question of a set: how it is answered, its Kirkpatrick level (1 reaction, 2 learning, 3 behaviour, 4 results)
 * and what it measures for the reports, if anything. A question once answered is retired rather than removed, so
 * that its answers keep their meaning.
 */
@Entity
@Table(name = "question")
public class Question {

    public static final int TEXT_MAX = 500;
    public static final int OPTIONS_MAX = 1000;
    public static final int OPTION_MAX = 200;
    /** Between the options of a choice as stored (an option cannot contain it). */
    public static final String OPTION_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_set_id")
    private QuestionSet questionSet;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @Column(name = "kirkpatrick_level")
    private int level;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    private String text;

    private String options;

    private boolean required;

    private boolean retired;

    protected Question() {
    }

    Question(QuestionSet questionSet, int position, QuestionKind kind, int level, Measure measure, String text,
            List<String> options, boolean required) {
        this.questionSet = questionSet;
        this.position = position;
        this.kind = kind;
        this.level = level;
        this.measure = measure;
        this.text = text;
        this.options = kind == QuestionKind.CHOICE ? String.join(OPTION_SEPARATOR, options) : null;
        this.required = required;
    }

    void change(int position, int level, Measure measure, String text, List<String> options, boolean required) {
        this.position = position;
        this.level = level;
        this.measure = measure;
        this.text = text;
        this.options = kind == QuestionKind.CHOICE ? String.join(OPTION_SEPARATOR, options) : null;
        this.required = required;
    }

    void retire(int position) {
        this.retired = true;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public int getLevel() {
        return level;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getText() {
        return text;
    }

    /** The options of a choice, in order; none for other kinds. */
    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.stream(options.split("\\|")).toList();
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isRetired() {
        return retired;
    }
}
