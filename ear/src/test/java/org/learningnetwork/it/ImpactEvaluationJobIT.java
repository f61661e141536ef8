package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.it.Deliveries.attended;
import static org.learningnetwork.it.Deliveries.partial;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.FollowUp;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.EvaluationForm;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.ImpactEvaluationJob;
import org.learningnetwork.evaluation.QuestionKind;
import org.learningnetwork.evaluation.Respondent;
import org.learningnetwork.jobs.JobRunRecord;
import org.learningnetwork.jobs.JobRunStatus;
import org.learningnetwork.jobs.JobRunStep;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The daily impact evaluation job, run on the deployed server: follow-ups that fell due are issued to the learner and
 * their line manager, reminders go with a new link, requests past their date close; a second run does nothing more;
 * the morning's run starts once however many instances ask; only the learning team starts it on demand.
 */
@ExtendWith(ArquillianExtension.class)
class ImpactEvaluationJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private ImpactEvaluationJob job;


    @Inject
    private BookingService bookings;


    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private TestData data;

    @Inject
    private Deliveries deliveries;

    @Inject
    private Delivered delivered;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    private Person manager;
    private Booking managed;
    private Booking unmanaged;

    /** A session of a course with follow-ups at six weeks and three months that ended three months and a day ago. */
    @BeforeEach
    void sessionThreeMonthsAgo() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        Organisation organisation = data.organisation("Stirling");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Course course = deliveries.course("Follow-up test", "CHILD_PROTECTION", group, 120, c -> {
            c.setCpdHours(new BigDecimal("2.0"));
            c.setFollowUps(List.of(FollowUp.SIX_WEEKS, FollowUp.THREE_MONTHS));
        });
        CourseSession session = deliveries.session(course, 10);
        manager = data.person(organisation, group, null);
        managed = deliveries.book(session, data.person(organisation, group, manager));
        unmanaged = deliveries.book(session, data.person(organisation, group, null));
        deliveries.deliver(session, Duration.ofDays(93), attended(managed), partial(unmanaged, 60));
    }

    private JobRunRecord run() throws Exception {
        long id = coordinator.call(() -> job.runNow());
        return Jobs.ended(id);
    }

    private long requests(Booking booking, String followUp, String respondent) {
        return data.count("select count(*) from evaluation_request r join question_set s on s.id = r.question_set_id where r.booking_id = "
                + booking.getId() + " and r.follow_up = '" + followUp + "' and s.respondent = '" + respondent + "'");
    }

    private long mails(Booking booking, MailKind kind) {
        return data.outbox(booking.getId()).stream().filter(m -> m.getKind() == kind).count();
    }

    @Test
    void followUpsThatFellDueGoToLearnersAndManagersOnce() throws Exception {
        ServerLog log = ServerLog.fromNow();
        JobRunRecord first = run();
        assertEquals(JobRunStatus.COMPLETED, first.getStatus());
        // The mail the job's chunks queued is handed to the dispatcher once they have committed, without the container
        // resuming a transaction that has ended (it used to log InvalidTransactionException and leave it to the retry).
        String logged = log.since();
        assertFalse(logged.contains("InvalidTransactionException"), "no InvalidTransactionException in the server log");
        assertFalse(logged.contains("Outbox$1.afterCompletion"), "no stack trace through the outbox's completion");
        assertEquals(List.of("follow-ups", "set-questionnaires", "reminders", "close", "impact"), first.getSteps().stream().map(JobRunStep::name).toList());
        JobRunStep followUps = Jobs.step(first, "follow-ups");
        assertTrue(followUps.written() >= 2, "both bookings' follow-ups written");
        assertEquals(followUps.read(), followUps.written());
        assertTrue(Jobs.step(first, "close").exitStatus().startsWith("CLOSED:"), Jobs.step(first, "close").exitStatus());

        // Three months after: the three-month follow-up; the six-week one's time to be issued has passed (42 + 21 days).
        assertEquals(1, requests(managed, "P3M", "LEARNER"));
        assertEquals(1, requests(managed, "P3M", "MANAGER"), "the line manager is asked separately");
        assertEquals(1, requests(unmanaged, "P3M", "LEARNER"));
        assertEquals(0, requests(unmanaged, "P3M", "MANAGER"), "no manager, nobody to ask");
        assertEquals(0, requests(managed, "P6W", "LEARNER"), "too late to ask at six weeks");
        assertEquals(1, mails(managed, MailKind.FOLLOW_UP));
        assertEquals(1, mails(managed, MailKind.FOLLOW_UP_MANAGER));
        String toManager = data.outbox(managed.getId()).stream().filter(m -> m.getKind() == MailKind.FOLLOW_UP_MANAGER)
                .findFirst().orElseThrow().getRecipient();
        assertEquals(manager.getWorkEmail(), toManager);

        data.signIn(Role.LEARNER, manager);
        assertEquals(1, learner.call(() -> evaluations.mine()).size(), "the manager's form is listed in their My learning");

        // The manager answers by the link in their e-mail: changed practice, an example, the barriers chosen.
        String token = delivered.token(data.outbox(managed.getId()).stream().filter(m -> m.getKind() == MailKind.FOLLOW_UP_MANAGER)
                .findFirst().orElseThrow(), Pattern.compile("/evaluation\\.xhtml\\?token=([A-Za-z0-9_%-]+)"));
        EvaluationForm form = evaluations.byLink(token);
        assertEquals(EvaluationForm.State.OPEN, form.state());
        assertEquals(Respondent.MANAGER, form.request().getQuestionSet().getRespondent());
        assertEquals(List.of(QuestionKind.YES_NO, QuestionKind.FREE_TEXT, QuestionKind.CHOICE),
                form.items().stream().map(i -> i.question().getKind()).toList());
        RejectedException badOption = assertThrows(RejectedException.class, () -> evaluations.answerByLink(token,
                List.of(Answer.none(), Answer.none(), Answer.choices(List.of("Bad weather")))));
        assertEquals(List.of("items:0:yes evaluation.answer.requiredFor", "items:2:choices evaluation.answer.option"),
                badOption.getProblems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
        evaluations.answerByLink(token, List.of(Answer.yes(true), Answer.text("Chronologies are now kept for every case."),
                Answer.choices(List.of("Workplace culture", "Chance to apply it"))));
        assertEquals(2, data.count("select count(*) from evaluation_answer a join evaluation_response r on r.id = a.response_id"
                + " where r.respondent = 'MANAGER' and r.follow_up = 'P3M' and a.choice is not null and r.session_id = "
                + managed.getSession().getId()));

        assertEquals(0, learner.call(() -> evaluations.mine()).size(), "answered: no longer listed");

        JobRunRecord second = run();
        assertEquals(JobRunStatus.COMPLETED, second.getStatus());
        assertEquals(1, requests(managed, "P3M", "LEARNER"), "a second run issues nothing twice");
        assertEquals(1, mails(managed, MailKind.FOLLOW_UP));
    }

    @Test
    void remindersGoWithANewLinkTwiceAndThenTheRequestCloses() throws Exception {
        String endOfCourse = "select %s from evaluation_request where follow_up = 'END' and booking_id = " + managed.getId();
        data.execute("update evaluation_request set issued_at = ? where follow_up = 'END' and booking_id = ?",
                Instant.now().minus(8, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), managed.getId());
        Object tokenBefore = data.query(String.format(endOfCourse, "token_hash, id")).get(0)[0];
        run();
        assertEquals(1, data.count(String.format(endOfCourse, "count(*)") + " and reminders = 1"));
        assertEquals(1, mails(managed, MailKind.EVALUATION_REMINDER));
        assertTrue(!tokenBefore.equals(data.query(String.format(endOfCourse, "token_hash, id")).get(0)[0]), "a new link replaces the first");
        run();
        assertEquals(1, mails(managed, MailKind.EVALUATION_REMINDER), "the second reminder waits for its own time");

        data.execute("update evaluation_request set issued_at = ? where follow_up = 'END' and booking_id = ?",
                Instant.now().minus(15, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), managed.getId());
        run();
        assertEquals(1, data.count(String.format(endOfCourse, "count(*)") + " and reminders = 2"));
        assertEquals(2, mails(managed, MailKind.EVALUATION_REMINDER));

        data.execute("update evaluation_request set issued_at = ?, closes_at = ? where follow_up = 'END' and booking_id = ?",
                Instant.now().minus(22, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC),
                Instant.now().minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), managed.getId());
        run();
        assertEquals(1, data.count("select count(*) from evaluation_request where closed_at is not null and follow_up = 'END' and booking_id = "
                + managed.getId()));
        assertEquals(2, mails(managed, MailKind.EVALUATION_REMINDER), "no reminder once closed");
    }

    @Test
    void theMorningRunStartsOnceAndOnlyTheLearningTeamStartsItOnDemand() throws Exception {
        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(3650));
        java.util.Optional<Long> started = job.runScheduled(day);
        assertTrue(started.isPresent(), "the first instance to ask claims the day");
        assertEquals(java.util.Optional.empty(), job.runScheduled(day), "claimed: another instance leaves it");
        Jobs.ended(started.get());
        assertEquals(java.util.Optional.empty(), job.runScheduled(day), "and after it finished too");
        assertThrows(EJBAccessException.class, () -> learner.call(() -> job.runNow()));
    }
}
