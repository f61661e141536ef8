package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.it.Deliveries.attended;
import static org.learningnetwork.it.Deliveries.didNotAttend;
import static org.learningnetwork.it.Deliveries.partial;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.FollowUp;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.BarrierCount;
import org.learningnetwork.evaluation.CourseImpact;
import org.learningnetwork.evaluation.CourseImpactRow;
import org.learningnetwork.evaluation.CourseImpactService;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.ImpactEvaluationJob;
import org.learningnetwork.evaluation.OutcomeConfidence;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.jobs.JobRunRecord;
import org.learningnetwork.jobs.JobRunStatus;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The impact evaluation job's course impact, on the deployed server, for a hand-made course whose one session is moved
 * into a quarter of its own (2009-Q4, January to March 2010) after its evaluations were answered: the exact stored
 * figures, the flag for low practice change, a second run giving the same figures, who may read them, and the
 * refusals of a malformed or future quarter.
 */
@ExtendWith(ArquillianExtension.class)
class CourseImpactIT {

    private static final Quarter QUARTER = new Quarter(2009, 4);
    private static final String MIN_ANSWERS = "learningnetwork.impact.flag-min-answers";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private ImpactEvaluationJob job;

    @Inject
    private CourseImpactService impacts;



    @Inject
    private CourseService courses;

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
    private AsRole.Committee committee;

    @Inject
    private AsRole.Learner learner;

    /**
     * A violence against women course with two learning outcomes and a three-month follow-up; one session that
     * started 93 days ago. A (whose line manager is M), B and C (in part) attended; D did not come. At the end of the
     * course A answered satisfaction 5, relevance 4, confidence 2 to 4 and 3 to 4; B 4, 5, 1 to 4 and 3 to 3; C did not
     * answer. At the follow-up A said practice changed (barrier: workload), B said not (workload, manager support), C
     * did not answer, and M said A's practice had not changed (workload). Then the session is moved to 10 February 2010.
     */
    private long handMadeCourse() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        Organisation organisation = data.organisation("Falkirk");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        data.committeeViewer(data.person(organisation, null, null), "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP", "MAPPA_GROUP");
        Course course = deliveries.course("Impact test", "VAWG", group, 180, c -> {
            c.setOutcomes(List.of("Recognise coercive control", "Plan safely with the survivor"));
            c.setFollowUps(List.of(FollowUp.THREE_MONTHS));
        });
        CourseSession session = deliveries.session(course, 10);
        Person manager = data.person(organisation, group, null);
        Booking[] booked = new Booking[4];
        for (int i = 0; i < 4; i++) {
            booked[i] = deliveries.book(session, data.person(organisation, group, i == 0 ? manager : null));
        }
        deliveries.deliver(session, Duration.ofDays(93), attended(booked[0]), attended(booked[1]), partial(booked[2], 120),
                didNotAttend(booked[3]));
        evaluations.answerByLink(delivered.evaluationToken(booked[0].getId(), MailKind.EVALUATION),
                List.of(Answer.score(5), Answer.score(4), Answer.confidence(2, 4), Answer.confidence(3, 4), Answer.none()));
        evaluations.answerByLink(delivered.evaluationToken(booked[1].getId(), MailKind.EVALUATION),
                List.of(Answer.score(4), Answer.score(5), Answer.confidence(1, 4), Answer.confidence(3, 3), Answer.none()));

        assertEquals(JobRunStatus.COMPLETED, Jobs.ended(coordinator.call(() -> job.runNow())).getStatus());
        evaluations.answerByLink(delivered.evaluationToken(booked[0].getId(), MailKind.FOLLOW_UP), List.of(Answer.yes(true),
                Answer.text("I ask about coercive control at every first visit."), Answer.choices(List.of("Workload or time")), Answer.none()));
        evaluations.answerByLink(delivered.evaluationToken(booked[1].getId(), MailKind.FOLLOW_UP), List.of(Answer.yes(false), Answer.none(),
                Answer.choices(List.of("Workload or time", "Support from my manager")), Answer.none()));
        evaluations.answerByLink(delivered.evaluationToken(booked[0].getId(), MailKind.FOLLOW_UP_MANAGER), List.of(Answer.yes(false),
                Answer.none(), Answer.choices(List.of("Workload or time"))));

        Instant february10 = LocalDateTime.of(2010, 2, 10, 10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        data.execute("update course_session set starts_at = ?, ends_at = ?, booking_opens_at = ?, booking_closes_at = ? where id = ?",
                february10.atOffset(ZoneOffset.UTC), february10.plus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC),
                february10.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC), february10.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC),
                session.getId());
        return course.getId();
    }

    private JobRunRecord runForQuarter() throws Exception {
        JobRunRecord execution = Jobs.ended(coordinator.call(() -> job.runFor(QUARTER.code())));
        assertEquals(JobRunStatus.COMPLETED, execution.getStatus());
        return execution;
    }

    private CourseImpactRow stored(long course) throws Exception {
        return committee.call(() -> impacts.of(QUARTER, course)).orElseThrow(() -> new AssertionError("no figures stored"));
    }

    private static List<Object> figures(CourseImpact i) {
        return List.of(i.getSessions(), i.getLearners(), i.getEndRequested(), i.getEndAnswered(), i.getLearnerRequested(),
                i.getLearnerAnswered(), i.getManagerRequested(), i.getManagerAnswered(), String.valueOf(i.getEndResponseRate()),
                String.valueOf(i.getMeanSatisfaction()), String.valueOf(i.getSatisfiedShare()), String.valueOf(i.getMeanRelevance()),
                String.valueOf(i.getConfidenceChange()), String.valueOf(i.getLearnersChangedShare()),
                String.valueOf(i.getManagersChangedShare()), String.valueOf(i.getPracticeChangedShare()));
    }

    @Test
    void theCoursesImpactIsWorkedOutExactlyAndFlaggedWhenPracticeChangeIsLow() throws Exception {
        long course = handMadeCourse();
        JobRunRecord first = runForQuarter();
        String impact = Jobs.step(first, "impact").exitStatus();
        assertTrue(impact.startsWith("IMPACT:1:"), impact);

        CourseImpactRow row = stored(course);
        CourseImpact i = row.impact();
        // Sessions, learners; end of course 2 of 3; learners' follow-ups 2 of 3; the manager's 1 of 1; 66.7 % answered
        // at the end; satisfaction (5 + 4) / 2, both satisfied; relevance (4 + 5) / 2; confidence change (2 + 3 + 1 + 0) / 4;
        // practice changed: learners 1 of 2, managers 0 of 1, together 1 of 3.
        assertEquals(List.of(1, 3, 3, 2, 3, 2, 1, 1, "66.7", "4.5", "100.0", "4.5", "1.5", "50.0", "0.0", "33.3"), figures(i));
        assertEquals(List.of("0 2 3 8 2.5", "1 2 6 7 0.5"), i.getOutcomes().stream().map((OutcomeConfidence o) -> o.getOutcome() + " "
                + o.getAnswers() + " " + o.getBeforeSum() + " " + o.getNowSum() + " " + o.getMeanChange()).toList());
        assertEquals(List.of("Recognise coercive control", "Plan safely with the survivor"), List.of(row.outcome(0), row.outcome(1)));
        assertEquals(List.of("Workload or time 3", "Support from my manager 1"),
                i.getTopBarriers().stream().map((BarrierCount b) -> b.getBarrier() + " " + b.getMentions()).toList());
        assertFalse(i.isFlagged(), "three answers on practice change are fewer than the five needed by default");

        System.setProperty(MIN_ANSWERS, "3");
        try {
            runForQuarter();
        } finally {
            System.clearProperty(MIN_ANSWERS);
        }
        CourseImpact again = stored(course).impact();
        assertTrue(again.isFlagged(), "100 % satisfied but 33.3 % changed practice: 66.7 points apart, 30 or more flags it");
        assertEquals(figures(i), figures(again), "a second run stores the same figures");
        assertEquals(1, data.count("select count(*) from course_impact where quarter_code = '" + QUARTER.code() + "' and course_id = " + course),
                "replaced, not added");

        List<CourseImpactRow> vawp = committee.call(() -> impacts.forCommittee(QUARTER, "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP"));
        assertTrue(vawp.stream().anyMatch(r -> r.courseId() == course && r.title().startsWith("Impact test")), "in the partnership's view");
        assertTrue(committee.call(() -> impacts.forCommittee(QUARTER, "MAPPA_GROUP")).stream().noneMatch(r -> r.courseId() == course),
                "not a MAPPA course");
        assertEquals(QUARTER.compareTo(committee.call(() -> impacts.latestQuarter("VIOLENCE_AGAINST_WOMEN_PARTNERSHIP")).orElseThrow()) <= 0, true);
        assertThrows(EJBAccessException.class, () -> learner.call(() -> impacts.forCommittee(QUARTER, "MAPPA_GROUP")));

        // A viewer of other committees sees nothing of the partnership's courses, as if there were none.
        data.committeeViewer(data.person(data.organisation("Falkirk"), null, null), "MAPPA_GROUP");
        assertTrue(committee.call(() -> impacts.forCommittee(QUARTER, "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP")).isEmpty());
        assertTrue(committee.call(() -> impacts.of(QUARTER, course)).isEmpty(), "not a course of the viewer's committees");
        assertTrue(committee.call(() -> impacts.latestQuarter("VIOLENCE_AGAINST_WOMEN_PARTNERSHIP")).isEmpty());
        assertTrue(coordinator.call(() -> impacts.of(QUARTER, course)).isPresent(), "the learning team sees every committee's");
    }

    @Test
    void aMalformedOrFutureQuarterIsRefusedAndOnlyTheLearningTeamStartsIt() throws Exception {
        RejectedException malformed = assertThrows(RejectedException.class, () -> coordinator.call(() -> job.runFor("2009-Q9")));
        assertEquals("quarter kpi.quarter.invalid", malformed.getProblems().get(0).field() + " " + malformed.getProblems().get(0).messageKey());
        String next = Quarter.of(LocalDate.now(ZoneId.of("Europe/London"))).next().code();
        RejectedException future = assertThrows(RejectedException.class, () -> coordinator.call(() -> job.runFor(next)));
        assertEquals("kpi.quarter.future", future.getProblems().get(0).messageKey());
        assertThrows(EJBAccessException.class, () -> learner.call(() -> job.runFor("2009-Q4")));
    }
}
