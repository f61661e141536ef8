package org.learningnetwork.evaluation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The learning team's page for one question set ({@code /coordinator/question-set.xhtml?id=}): its name, whether its
 * answers are anonymous, and its questions — text, kind (fixed once saved), Kirkpatrick level, what it measures,
 * options of a choice, required — added, edited, reordered by the order given, or removed.
 */
@Named
@ViewScoped
public class QuestionSetEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "setForm";

    @Inject
    private QuestionSetService sets;

    @Inject
    private Messages messages;

    private Long id;
    private long version;
    private String purpose;
    private String respondent;
    private String name;
    private boolean anonymous;
    private List<Row> rows = new ArrayList<>();

    /** One question as edited on the page. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private QuestionKind kind;
        private Integer level;
        private Measure measure;
        private String text;
        private String options;
        private boolean required;
        private boolean remove;
        private boolean retired;

        Row() {
            this.level = 1;
            this.required = true;
        }

        Row(Question question) {
            this.id = question.getId();
            this.kind = question.getKind();
            this.level = question.getLevel();
            this.measure = question.getMeasure();
            this.text = question.getText();
            this.options = String.join("\n", question.getOptions());
            this.required = question.isRequired();
            this.retired = question.isRetired();
        }

        QuestionDraft draft() {
            return new QuestionDraft(id, kind, level, measure, text, options, required, remove);
        }

        public Long getId() {
            return id;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        public boolean isRetired() {
            return retired;
        }

        /** Whether it was saved already (its kind is then fixed). */
        public boolean isSaved() {
            return id != null;
        }
    }

    /** Reads the set (view action, first request only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        QuestionSet set;
        try {
            set = sets.find(id == null ? -1 : id);
        } catch (NotFoundException e) {
            NotFound.respond();
            return;
        }
        version = set.getVersion();
        purpose = set.getPurpose().name();
        respondent = set.getRespondent().name();
        name = set.getName();
        anonymous = set.isAnonymous();
        rows = new ArrayList<>(set.getQuestions().stream().map(Row::new).toList());
    }

    public void addQuestion() {
        rows.add(new Row());
    }

    public void save() {
        List<QuestionDraft> drafts = rows.stream().map(Row::draft).toList();
        messages.attempt(FORM, () -> sets.save(id, version, name, anonymous, drafts))
                .ifPresent(saved -> messages.noticeAndGoTo("/coordinator/question-set.xhtml?id=" + id, "questions.saved"));
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public List<Measure> getMeasures() {
        return List.of(Measure.values());
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRespondent() {
        return respondent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public List<Row> getRows() {
        return rows;
    }
}
