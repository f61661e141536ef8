package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.it.Deliveries.attended;
import static org.learningnetwork.it.Deliveries.didNotAttend;
import static org.learningnetwork.it.Deliveries.partial;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.AttendanceMark;
import org.learningnetwork.booking.AttendanceService;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.EvaluationForm;
import org.learningnetwork.evaluation.EvaluationRequest;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.FormItem;
import org.learningnetwork.evaluation.QuestionKind;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.retention.RecordType;
import org.learningnetwork.retention.RetentionSweep;
import org.learningnetwork.retention.RetentionSweepRun;
import org.learningnetwork.retention.SubjectAccessService;

/**
 * End-of-course evaluation: the register asks those marked attended or partial, by an e-mailed link that works once
 * without sign-in and from My learning; the form asks confidence for each learning outcome; bad answers are refused on
 * their fields with nothing saved; a reused, closed, unknown or not-attended link is refused; an anonymous set keeps
 * the response apart from its respondent; the sweep clears old free text and keeps the scores.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    private static final Pattern LINK = Pattern.compile("/evaluation\\.xhtml\\?token=([A-Za-z0-9_%-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private EvaluationService evaluations;

    @Inject
    private AttendanceService attendance;



    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private RetentionSweep sweep;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private TestData data;

    @Inject
    private Deliveries deliveries;

    @Inject
    private Delivered delivered;


    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Dpo dpo;

    private Organisation organisation;
    private WorkforceGroup group;
    private CourseSession session;
    private Booking ada;
    private Booking ben;
    private Booking cal;

    @BeforeEach
    void deliveredSession() throws Exception {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        organisation = data.organisation("Angus");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Course course = deliveries.course("Evaluation test", "CHILD_PROTECTION", group, 180,
                c -> c.setOutcomes(List.of("Recognise signs of neglect", "Share a concern with the right agency")));
        session = deliveries.session(course, 10);
        ada = deliveries.book(session, data.person(organisation, group, null));
        ben = deliveries.book(session, data.person(organisation, group, null));
        cal = deliveries.book(session, data.person(organisation, group, null));
        deliveries.deliver(session, Duration.ofHours(4), attended(ada), partial(ben, 90), didNotAttend(cal));
    }

    private void mark(AttendanceMark... marks) throws Exception {
        deliveries.mark(session, marks);
    }

    /** The token of the evaluation link e-mailed about the booking. */
    private String link(Booking booking) {
        List<OutboxMail> mails = data.outbox(booking.getId()).stream().filter(m -> m.getKind() == MailKind.EVALUATION).toList();
        assertEquals(1, mails.size(), "one evaluation e-mail per attendance");
        assertTrue(mails.get(0).getBody().contains("trauma-aware"), "every message about a course carries the statement");
        return delivered.token(mails.get(0), LINK);
    }

    /** Good answers to every item of the form. */
    private static List<Answer> goodAnswers(List<FormItem> items) {
        List<Answer> answers = new ArrayList<>();
        for (FormItem item : items) {
            answers.add(switch (item.question().getKind()) {
                case LIKERT -> Answer.score(4);
                case CONFIDENCE -> Answer.confidence(2, 4);
                case YES_NO -> Answer.yes(true);
                case FREE_TEXT -> Answer.text("The case studies were close to my work.");
                case CHOICE -> Answer.choices(List.of(item.question().getOptions().get(0)));
            });
        }
        return answers;
    }

    private long responses() {
        return data.count("select count(*) from evaluation_response where session_id = " + session.getId());
    }

    @Test
    void attendedLearnersAnswerOnceByTheirLinkWithConfidenceForEachOutcome() throws Exception {
        assertEquals(0, data.count("select count(*) from evaluation_request where booking_id = " + cal.getId()),
                "did not attend: not asked");
        String token = link(ada);
        link(ben);
        assertEquals(0, data.count("select count(*) from evaluation_request where token_hash = '" + token + "'"), "only the digest is kept");

        EvaluationForm form = evaluations.byLink(token);
        assertEquals(EvaluationForm.State.OPEN, form.state());
        List<FormItem> items = form.items();
        assertEquals(List.of(QuestionKind.LIKERT, QuestionKind.LIKERT, QuestionKind.CONFIDENCE, QuestionKind.CONFIDENCE,
                QuestionKind.FREE_TEXT), items.stream().map(i -> i.question().getKind()).toList());
        assertEquals("Share a concern with the right agency", items.get(3).outcomeText());
        assertEquals(Integer.valueOf(1), items.get(3).outcome());

        // Bad answers: each on its field, nothing saved.
        List<Answer> bad = new ArrayList<>(goodAnswers(items));
        bad.set(0, Answer.none());
        bad.set(1, Answer.score(6));
        bad.set(2, new Answer(3, null, null, null, null));
        bad.set(4, Answer.text("x".repeat(2001)));
        RejectedException rejected = assertThrows(RejectedException.class, () -> evaluations.answerByLink(token, bad));
        assertEquals(List.of("items:0:likert evaluation.answer.requiredFor", "items:1:likert evaluation.answer.scale",
                "items:2:before evaluation.answer.beforeFor", "items:4:text evaluation.answer.tooLong"), keys(rejected));
        assertEquals("null evaluation.changed", keys(assertThrows(RejectedException.class,
                () -> evaluations.answerByLink(token, bad.subList(0, 3)))).get(0));
        assertEquals(0, responses());
        assertEquals(1, data.count("select count(*) from evaluation_request where answered_at is null and booking_id = " + ada.getId()));

        evaluations.answerByLink(token, goodAnswers(items));
        assertEquals(1, responses());
        assertEquals(5, data.count("select count(*) from evaluation_answer a join evaluation_response r on r.id = a.response_id"
                + " where r.session_id = " + session.getId()));
        assertEquals(2, data.count("select count(*) from evaluation_answer a join evaluation_response r on r.id = a.response_id"
                + " where r.session_id = " + session.getId() + " and a.score_before = 2 and a.score = 4 and a.outcome is not null"));
        assertEquals(1, data.count("select count(*) from evaluation_response r join evaluation_request q on q.id = r.request_id"
                + " where q.booking_id = " + ada.getId() + " and r.organisation_id = " + organisation.getId()
                + " and r.workforce_group_id = " + group.getId()), "not anonymous: tied to its request; agency and group kept");

        // Used: a second answer is refused and changes nothing.
        assertEquals(EvaluationForm.State.ANSWERED, evaluations.byLink(token).state());
        assertEquals(List.of("null evaluation.state.ANSWERED"),
                keys(assertThrows(RejectedException.class, () -> evaluations.answerByLink(token, goodAnswers(items)))));
        assertEquals(1, responses());

        // Unknown links.
        assertEquals(EvaluationForm.State.UNKNOWN, evaluations.byLink(token.substring(1)).state());
        assertEquals(EvaluationForm.State.UNKNOWN, evaluations.byLink(null).state());
        assertEquals(EvaluationForm.State.UNKNOWN, evaluations.byLink("x".repeat(500)).state());
        assertEquals(List.of("null evaluation.state.UNKNOWN"),
                keys(assertThrows(RejectedException.class, () -> evaluations.answerByLink("not-a-link", goodAnswers(items)))));
    }

    @Test
    void aClosedLinkOrOneForSomeoneCorrectedToDidNotAttendIsRefused() throws Exception {
        String adas = link(ada);
        String bens = link(ben);
        List<Answer> answers = goodAnswers(evaluations.byLink(adas).items());

        data.execute("update evaluation_request set closes_at = ? where booking_id = ?",
                Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC), ada.getId());
        assertEquals(EvaluationForm.State.CLOSED, evaluations.byLink(adas).state());
        assertEquals(List.of("null evaluation.state.CLOSED"),
                keys(assertThrows(RejectedException.class, () -> evaluations.answerByLink(adas, answers))));

        mark(new AttendanceMark(ben.getId(), Attendance.DID_NOT_ATTEND, null));
        assertEquals(EvaluationForm.State.NOT_ATTENDED, evaluations.byLink(bens).state());
        assertEquals(List.of("null evaluation.state.NOT_ATTENDED"),
                keys(assertThrows(RejectedException.class, () -> evaluations.answerByLink(bens, answers))));
        assertEquals(0, responses());

        mark(new AttendanceMark(ben.getId(), Attendance.ATTENDED, null));
        assertEquals(EvaluationForm.State.OPEN, evaluations.byLink(bens).state(), "corrected back: open again");
        assertEquals(1, data.outbox(ben.getId()).stream().filter(m -> m.getKind() == MailKind.EVALUATION).count(), "asked once");
    }

    @Test
    void myLearningListsMyOpenEvaluationsAndNobodyElses() throws Exception {
        data.signIn(Role.LEARNER, ada.getPerson());
        List<EvaluationRequest> mine = learner.call(() -> evaluations.mine());
        assertEquals(1, mine.size());
        long request = mine.get(0).getId();
        EvaluationForm form = learner.call(() -> evaluations.mine(request));
        learner.call(() -> {
            evaluations.answerMine(request, goodAnswers(form.items()));
            return null;
        });
        assertTrue(learner.call(() -> evaluations.mine()).isEmpty(), "answered: no longer listed");
        assertTrue(learner.call(() -> subjectAccess.mine()).contains("The case studies were close to my work."),
                "a named evaluation is in the person's data");

        data.signIn(Role.LEARNER, ben.getPerson());
        assertThrows(NotFoundException.class, () -> learner.call(() -> evaluations.mine(request)), "someone else's");
        assertThrows(NotFoundException.class, () -> learner.call(() -> {
            evaluations.answerMine(request, goodAnswers(form.items()));
            return null;
        }));
    }

    @Test
    void anAnonymousSetKeepsTheResponseApartFromItsRespondent() throws Exception {
        String token = link(ada);
        data.execute("update question_set set anonymous = ? where purpose = 'END_OF_COURSE'", true);
        try {
            evaluations.answerByLink(token, goodAnswers(evaluations.byLink(token).items()));
        } finally {
            data.execute("update question_set set anonymous = ? where purpose = 'END_OF_COURSE'", false);
        }
        assertEquals(1, data.count("select count(*) from evaluation_response where request_id is null and session_id = "
                + session.getId() + " and organisation_id = " + organisation.getId()));
        assertEquals(1, data.count("select count(*) from evaluation_request where answered_at is not null and booking_id = " + ada.getId()),
                "the request knows it was answered, not how");
        data.signIn(Role.LEARNER, ada.getPerson());
        assertTrue(!learner.call(() -> subjectAccess.mine()).contains("The case studies were close to my work."),
                "an anonymous answer cannot be found by person");
    }

    @Test
    void theSweepClearsOldFreeTextAndKeepsTheScores() throws Exception {
        String token = link(ada);
        evaluations.answerByLink(token, goodAnswers(evaluations.byLink(token).items()));
        data.startedAgo(session.getId(), Duration.ofDays(800));
        data.execute("update course_session set status = 'DELIVERED' where id = ?", session.getId());

        RetentionSweepRun run = dpo.call(() -> sweep.runNow(false));
        assertTrue(run.count(RecordType.EVALUATION_TEXT).getDone() >= 1);
        String answers = "select count(*) from evaluation_answer a join evaluation_response r on r.id = a.response_id where r.session_id = "
                + session.getId();
        assertEquals(0, data.count(answers + " and a.text is not null"));
        assertEquals(4, data.count(answers + " and a.score is not null"), "scores stay for the figures");
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }
}
