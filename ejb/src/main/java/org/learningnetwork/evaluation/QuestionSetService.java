package org.learningnetwork.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;

/**
 * The learning team's question sets: their name, whether answers are kept apart from who gave them, and their
 * questions in order. A question already answered is retired rather than removed, and keeps its kind, so that the
 * answers keep their meaning; others may be removed. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class QuestionSetService {

    /** The most options a choice may have, and the fewest. */
    public static final int OPTIONS_MIN = 2;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /** Every question set: the end-of-course one, then the follow-ups. */
    public List<QuestionSet> all() {
        return em.createQuery("select s from QuestionSet s order by s.purpose, s.respondent", QuestionSet.class).getResultList();
    }

    /** One set with its questions. */
    public QuestionSet find(long id) throws NotFoundException {
        QuestionSet set = em.find(QuestionSet.class, id);
        if (set == null) {
            throw new NotFoundException("QuestionSet", id);
        }
        set.getQuestions().size();
        return set;
    }

    /**
     * Saves the set as edited from the {@code version} shown (someone else's save since: optimistic lock failure).
     * Refused with every problem on its field ({@code name}, {@code questions:<i>:text|kind|level|measure|options}) and
     * nothing saved: a name of 1 to 200 characters; each question's text of 1 to 500 characters, a kind, a level from
     * 1 to 4, a measure that fits its kind; a choice with 2 or more options of up to 200 characters without '|', in
     * all up to 1,000; at least one question asked ({@code questions.none}).
     */
    public QuestionSet save(long id, long version, String name, boolean anonymous, List<QuestionDraft> drafts)
            throws NotFoundException, RejectedException {
        QuestionSet set = find(id);
        if (set.getVersion() != version) {
            throw new OptimisticLockException("Question set " + id + " changed since version " + version);
        }
        Map<Long, Question> existing = set.getQuestions().stream().collect(Collectors.toMap(Question::getId, Function.identity()));
        List<Problem> problems = new ArrayList<>();
        String cleanName = Text.clean(name);
        if (cleanName == null || cleanName.length() > QuestionSet.NAME_MAX) {
            problems.add(new Problem("name", "questions.name.invalid"));
        }
        List<List<String>> options = new ArrayList<>();
        int asked = 0;
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            Question current = draft.id() == null ? null : existing.get(draft.id());
            if (draft.id() != null && current == null) {
                throw new NotFoundException("Question", draft.id());
            }
            QuestionKind kind = current == null ? draft.kind() : current.getKind();
            options.add(lines(draft.options()));
            if (draft.remove() || current != null && current.isRetired()) {
                continue;
            }
            asked++;
            check(draft, kind, options.get(i), "questions:" + i + ":", problems);
        }
        if (asked == 0 && problems.isEmpty()) {
            problems.add(new Problem(null, "questions.none"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        em.lock(set, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        set.rename(cleanName, anonymous);
        Set<Long> answered = answered(set);
        int position = 0;
        List<Question> retired = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            Question current = draft.id() == null ? null : existing.get(draft.id());
            if (current != null && current.isRetired()) {
                retired.add(current);
            } else if (draft.remove()) {
                if (current == null) {
                    continue;
                }
                if (answered.contains(current.getId())) {
                    retired.add(current);
                } else {
                    set.remove(current);
                    em.remove(current);
                }
            } else if (current == null) {
                Question question = new Question(set, position++, draft.kind(), draft.level(), draft.measure(), Text.clean(draft.text()),
                        options.get(i), draft.required());
                set.add(question);
                em.persist(question);
            } else {
                current.change(position++, draft.level(), draft.measure(), Text.clean(draft.text()), options.get(i), draft.required());
            }
        }
        // Retired questions go after those asked, in their order (positions are unique within a set).
        for (Question question : retired) {
            question.retire(position++);
        }
        em.flush();
        audit.record(AuditAction.CHANGED, "QuestionSet", set.getId(), "questions.saved");
        return set;
    }

    private static void check(QuestionDraft draft, QuestionKind kind, List<String> options, String field, List<Problem> problems) {
        String text = Text.clean(draft.text());
        if (text == null || text.length() > Question.TEXT_MAX) {
            problems.add(new Problem(field + "text", "questions.text.invalid"));
        }
        if (kind == null) {
            problems.add(new Problem(field + "kind", "questions.kind.required"));
        }
        if (draft.level() == null || draft.level() < 1 || draft.level() > 4) {
            problems.add(new Problem(field + "level", "questions.level.invalid"));
        }
        if (draft.measure() != null && kind != null && draft.measure().getKind() != kind) {
            problems.add(new Problem(field + "measure", "questions.measure.kind"));
        }
        if (kind == QuestionKind.CHOICE && (options.size() < OPTIONS_MIN || String.join(Question.OPTION_SEPARATOR, options).length()
                > Question.OPTIONS_MAX || options.stream().anyMatch(o -> o.length() > Question.OPTION_MAX
                || o.contains(Question.OPTION_SEPARATOR)))) {
            problems.add(new Problem(field + "options", "questions.options.invalid"));
        }
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(Text::clean).filter(line -> line != null).distinct().toList();
    }

    /** The questions of the set that have answers. */
    private Set<Long> answered(QuestionSet set) {
        return new HashSet<>(em.createQuery("select distinct a.question.id from EvaluationAnswer a where a.question.questionSet = :set",
                Long.class).setParameter("set", set).getResultList());
    }
}
