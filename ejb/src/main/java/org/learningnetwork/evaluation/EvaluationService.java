package org.learningnetwork.evaluation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Tokens;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.security.Callers;

/**
 * Answering evaluations: from the link in the e-mail (no sign-in) or from My learning. A request is answered once,
 * while it is open, and an end-of-course one only by a learner still recorded as attended or partial; anything else
 * is refused with where the request stands, and nothing is saved. Every answer is checked against its question
 * (scores 1 to 5, options of the list, text up to 2,000 characters, required ones given), each problem on its field:
 * {@code items:<i>:<likert|before|now|yes|text|choices>} for the form's i-th item.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
public class EvaluationService {

    private static final ZoneId ZONE = Installation.zone();
    private static final int TOKEN_MAX = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /** The form a link opens, or where its request stands if it cannot be answered. */
    @PermitAll
    public EvaluationForm byLink(String token) {
        return byToken(token, false).map(this::form).orElse(EvaluationForm.of(EvaluationForm.State.UNKNOWN));
    }

    /** Answers the request of a link; refused ({@code evaluation.state.<STATE>}) if it is not open. */
    @PermitAll
    public void answerByLink(String token, List<Answer> answers) throws RejectedException {
        EvaluationRequest request = byToken(token, true)
                .orElseThrow(() -> new RejectedException(null, "evaluation.state." + EvaluationForm.State.UNKNOWN));
        answer(request, answers);
    }

    /** The signed-in person's open request about one of their records of self-guided learning, if there is one. */
    public Optional<Long> mineAbout(long learningRecordId) {
        return mine().stream().filter(r -> r.getLearningRecord() != null && r.getLearningRecord().getId() == learningRecordId)
                .map(EvaluationRequest::getId).findFirst();
    }

    /** The signed-in person's requests still open, soonest closing first. */
    public List<EvaluationRequest> mine() {
        Optional<Long> me = Callers.personId(em, context.getCallerPrincipal());
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from EvaluationRequest r left join fetch r.booking b left join fetch b.session s left join fetch s.course"
                        + " left join fetch r.learningRecord lr left join fetch lr.course left join fetch lr.resource left join fetch r.setMember"
                        + " join fetch r.questionSet where r.respondent.id = :me and r.answeredAt is null and r.closedAt is null"
                        + " and r.closesAt > :now order by r.closesAt, r.id", EvaluationRequest.class)
                .setParameter("me", me.get()).setParameter("now", clock.instant()).getResultList().stream()
                .filter(r -> state(r) == EvaluationForm.State.OPEN).toList();
    }

    /** One of the signed-in person's requests as a form; someone else's is not found. */
    public EvaluationForm mine(long requestId) throws NotFoundException {
        return form(own(requestId, false));
    }

    /** Answers one of the signed-in person's requests (someone else's is not found). */
    public void answerMine(long requestId, List<Answer> answers) throws RejectedException, NotFoundException {
        answer(own(requestId, true), answers);
    }

    private EvaluationRequest own(long requestId, boolean lock) throws NotFoundException {
        Person me = Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new NotFoundException("EvaluationRequest", requestId));
        EvaluationRequest request = lock ? em.find(EvaluationRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(EvaluationRequest.class, requestId);
        if (request == null || !request.getRespondent().getId().equals(me.getId())) {
            throw new NotFoundException("EvaluationRequest", requestId);
        }
        return request;
    }

    private Optional<EvaluationRequest> byToken(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        Optional<EvaluationRequest> found = em.createQuery("select r from EvaluationRequest r where r.tokenHash = :hash", EvaluationRequest.class)
                .setParameter("hash", Tokens.digest(token.strip())).getResultStream().findFirst();
        if (lock) {
            found.ifPresent(r -> em.lock(r, LockModeType.PESSIMISTIC_WRITE));
            found.ifPresent(em::refresh);
        }
        return found;
    }

    private EvaluationForm form(EvaluationRequest request) {
        EvaluationForm.State state = state(request);
        return new EvaluationForm(state, request, state == EvaluationForm.State.OPEN ? items(request) : List.of());
    }

    /** Where a request stands now. */
    EvaluationForm.State state(EvaluationRequest request) {
        if (request.getAnsweredAt() != null) {
            return EvaluationForm.State.ANSWERED;
        }
        if (request.getBooking() != null) {
            Attendance attendance = request.getBooking().getAttendance();
            if (attendance != Attendance.ATTENDED && attendance != Attendance.PARTIAL) {
                return EvaluationForm.State.NOT_ATTENDED;
            }
        }
        return request.isOpen(clock.instant()) ? EvaluationForm.State.OPEN : EvaluationForm.State.CLOSED;
    }

    /** What the request's form asks, in order: confidence questions once for each of the course's learning outcomes. */
    static List<FormItem> items(EvaluationRequest request) {
        List<String> outcomes = request.getCourse() == null ? List.of() : request.getCourse().getOutcomes();
        List<FormItem> items = new ArrayList<>();
        for (Question question : request.getQuestionSet().getAsked()) {
            if (question.getKind() == QuestionKind.CONFIDENCE && !outcomes.isEmpty()) {
                for (int i = 0; i < outcomes.size(); i++) {
                    items.add(new FormItem(question, i, outcomes.get(i)));
                }
            } else {
                items.add(new FormItem(question, null, null));
            }
        }
        return items;
    }

    private void answer(EvaluationRequest request, List<Answer> answers) throws RejectedException {
        EvaluationForm.State state = state(request);
        if (state != EvaluationForm.State.OPEN) {
            throw new RejectedException(null, "evaluation.state." + state);
        }
        List<FormItem> items = items(request);
        if (answers == null || answers.size() != items.size()) {
            throw new RejectedException(null, "evaluation.changed");
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FormItem item = items.get(i);
            // Each error names its question (and outcome), so that the error summary's links differ.
            String label = item.outcome() == null ? item.question().getText() : item.question().getText() + " \u2013 " + item.outcome();
            check(item.question(), answers.get(i), "items:" + i + ":", label, problems);
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        Instant now = clock.instant();
        Person learner = request.getLearner();
        EvaluationResponse response = new EvaluationResponse(request, learner.getOrganisation(), group(learner, request.getCourse()),
                LocalDate.ofInstant(now, ZONE));
        for (int i = 0; i < items.size(); i++) {
            FormItem item = items.get(i);
            Answer given = answers.get(i);
            String text = given.text() == null || given.text().isBlank() ? null : given.text().strip();
            if (item.question().getKind() == QuestionKind.CHOICE) {
                for (String choice : new java.util.LinkedHashSet<>(given.choices())) {
                    response.add(new EvaluationAnswer(response, item.question(), null, null, null, null, null, choice));
                }
            } else if (given.score() != null || given.yes() != null || text != null) {
                response.add(new EvaluationAnswer(response, item.question(), item.outcome(), given.score(), given.scoreBefore(),
                        given.yes(), text, null));
            }
        }
        em.persist(response);
        request.answered(now);
    }

    private static void check(Question question, Answer answer, String field, String label, List<Problem> problems) {
        Answer given = answer == null ? Answer.none() : answer;
        boolean required = question.isRequired();
        switch (question.getKind()) {
            case LIKERT -> score(given.score(), required, field + "likert", label, "evaluation.answer.requiredFor", problems);
            case CONFIDENCE -> {
                score(given.scoreBefore(), required || given.score() != null, field + "before", label, "evaluation.answer.beforeFor", problems);
                score(given.score(), required || given.scoreBefore() != null, field + "now", label, "evaluation.answer.nowFor", problems);
            }
            case YES_NO -> {
                if (required && given.yes() == null) {
                    problems.add(new Problem(field + "yes", "evaluation.answer.requiredFor", List.of(label)));
                }
            }
            case FREE_TEXT -> {
                if (required && (given.text() == null || given.text().isBlank())) {
                    problems.add(new Problem(field + "text", "evaluation.answer.requiredFor", List.of(label)));
                } else if (given.text() != null && given.text().strip().length() > EvaluationAnswer.TEXT_MAX) {
                    problems.add(new Problem(field + "text", "evaluation.answer.tooLong"));
                }
            }
            case CHOICE -> {
                Set<String> options = new HashSet<>(question.getOptions());
                if (!options.containsAll(given.choices())) {
                    problems.add(new Problem(field + "choices", "evaluation.answer.option"));
                } else if (required && given.choices().isEmpty()) {
                    problems.add(new Problem(field + "choices", "evaluation.answer.requiredFor", List.of(label)));
                }
            }
        }
    }

    private static void score(Integer score, boolean required, String field, String label, String missing, List<Problem> problems) {
        if (score == null) {
            if (required) {
                problems.add(new Problem(field, missing, List.of(label)));
            }
        } else if (score < 1 || score > 5) {
            problems.add(new Problem(field, "evaluation.answer.scale"));
        }
    }

    /** The learner's workforce group the course is for, if they have one; else any of theirs. */
    static WorkforceGroup group(Person learner, Course course) {
        return learner.getWorkforceGroups().values().stream().filter(g -> course != null && course.getTargetGroups().contains(g)).findFirst()
                .or(() -> learner.getWorkforceGroups().values().stream().findFirst()).orElse(null);
    }
}
