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
import org.learningnetwork.platform.RejectedException;

/**
 * An evaluation form: opened from the link in the e-mail ({@code /evaluation.xhtml?token=}, no sign-in) or from My
 * learning ({@code /my/evaluation.xhtml?request=}). A link that cannot be answered — answered already, closed, for
 * someone no longer recorded as attending, or unknown — gets a page saying so, and nothing is saved.
 */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "evaluationForm";

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Messages messages;

    private String token;
    private Long requestId;
    private EvaluationForm.State state;
    private String course;
    private java.time.Instant sessionStart;
    private String resource;
    private boolean wellbeing;
    private boolean learningSet;
    private boolean anonymous;
    private boolean manager;
    private List<Line> lines = List.of();
    private boolean done;

    /** What the respondent enters for one item of the form. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FormItem item;
        private Integer score;
        private Integer before;
        private Boolean yes;
        private String text;
        private List<String> choices = new ArrayList<>();

        Line(FormItem item) {
            this.item = item;
        }

        /** The question (a record's accessors are not properties in this EL version, hence these getters). */
        public Question getQuestion() {
            return item.question();
        }

        /** The learning outcome a confidence question asks about, if any. */
        public String getOutcomeText() {
            return item.outcomeText();
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public Integer getBefore() {
            return before;
        }

        public void setBefore(Integer before) {
            this.before = before;
        }

        public Boolean getYes() {
            return yes;
        }

        public void setYes(Boolean yes) {
            this.yes = yes;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public List<String> getChoices() {
            return choices;
        }

        public void setChoices(List<String> choices) {
            this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
        }

        Answer answer() {
            return new Answer(score, before, yes, text, choices);
        }
    }

    /** Reads the form (view action, on the first request only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || state != null) {
            return;
        }
        EvaluationForm form;
        if (requestId != null) {
            try {
                form = evaluations.mine(requestId);
            } catch (NotFoundException e) {
                NotFound.respond();
                return;
            }
        } else {
            form = evaluations.byLink(token);
        }
        show(form);
    }

    private void show(EvaluationForm form) {
        state = form.state();
        if (form.request() != null) {
            boolean aboutSet = form.request().getLearningSet() != null;
            course = aboutSet ? form.request().getLearningSet().getName() : form.request().getCourse().getTitle();
            sessionStart = form.request().getSession() == null ? null : form.request().getSession().getStartsAt();
            resource = form.request().getResourceTitle();
            learningSet = aboutSet;
            wellbeing = !aboutSet && form.request().getCourse().isWellbeingSupport();
            anonymous = form.request().getQuestionSet().isAnonymous();
            manager = form.request().getQuestionSet().getRespondent() == Respondent.MANAGER;
        }
        lines = form.items().stream().map(Line::new).toList();
    }

    public void submit() {
        List<Answer> answers = lines.stream().map(Line::answer).toList();
        try {
            if (requestId != null) {
                evaluations.answerMine(requestId, answers);
            } else {
                evaluations.answerByLink(token, answers);
            }
            done = true;
        } catch (RejectedException e) {
            String key = e.getProblems().get(0).messageKey();
            if (key.startsWith("evaluation.state.")) {
                // It stopped being open while the form was filled in: say where it stands now.
                state = EvaluationForm.State.valueOf(key.substring("evaluation.state.".length()));
            } else {
                messages.rejected(FORM, e);
            }
        } catch (NotFoundException e) {
            NotFound.respond();
        }
    }

    /** Whether the form is an action-learning set's questionnaire (its caption is the set's name). */
    public boolean isLearningSet() {
        return learningSet;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Long getRequest() {
        return requestId;
    }

    public void setRequest(Long request) {
        this.requestId = request;
    }

    public EvaluationForm.State getState() {
        return state;
    }

    public String getCourse() {
        return course;
    }

    /** Whether the course's subject can be hard to hear about: the thanks point to wellbeing support. */
    public boolean isWellbeing() {
        return wellbeing;
    }

    /** The self-guided resource evaluated; null for a session. */
    public String getResource() {
        return resource;
    }

    public java.time.Instant getSessionStart() {
        return sessionStart;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isManager() {
        return manager;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isDone() {
        return done;
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }
}
