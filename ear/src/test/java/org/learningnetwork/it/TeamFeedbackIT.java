package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.it.Deliveries.attended;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.TeamFeedbackService;
import org.learningnetwork.evaluation.TeamFigures;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/** Feedback to practitioners and their teams (seed 003): their own answers, their team's, and the monthly summary. */
@ExtendWith(ArquillianExtension.class)
class TeamFeedbackIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private TeamFeedbackService feedback;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Deliveries deliveries;

    @Inject
    private Delivered delivered;

    @Inject
    private TestData data;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    @Test
    void aPractitionerSeesTheirAnswersTheirManagerTheTeamsAndTheMonthlySummaryGoesOnce() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        Organisation organisation = data.organisation("Clackmannanshire");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Person boss = data.person(organisation, null, null);
        Course course = deliveries.course("Team feedback course", "CHILD_PROTECTION", group, 120,
                c -> c.setOutcomes(List.of("Describe the child protection process")));
        CourseSession session = deliveries.session(course, 10);
        Booking[] booked = new Booking[6];
        for (int i = 0; i < booked.length; i++) {
            booked[i] = deliveries.book(session, data.person(organisation, group, boss));
        }
        // Held in the middle of last month; all six attended, five answered the evaluation.
        LocalDate midLastMonth = YearMonth.now(ZONE).minusMonths(1).atDay(15);
        long daysAgo = ChronoUnit.DAYS.between(midLastMonth, LocalDate.now(ZONE));
        deliveries.deliver(session, Duration.ofDays(daysAgo), attended(booked[0]), attended(booked[1]), attended(booked[2]),
                attended(booked[3]), attended(booked[4]), attended(booked[5]));
        for (int i = 0; i < 5; i++) {
            evaluations.answerByLink(delivered.evaluationToken(booked[i].getId(), MailKind.EVALUATION),
                    List.of(Answer.score(4 + i % 2), Answer.score(4), Answer.confidence(2, 4), Answer.none()));
        }

        data.signIn(Role.LEARNER, booked[0].getPerson());
        List<TeamFeedbackService.Feedback> mine = learner.call(() -> feedback.mine());
        assertEquals(1, mine.size(), mine.toString());
        assertEquals(Integer.valueOf(4), mine.get(0).satisfaction());
        assertEquals(Integer.valueOf(2), mine.get(0).confidenceBefore());
        assertFalse(mine.get(0).manager());

        data.signIn(Role.MANAGER, boss);
        YearMonth last = YearMonth.now(ZONE).minusMonths(1);
        TeamFigures team = manager.call(() -> feedback.myTeam(last, last));
        assertEquals(6, team.people());
        assertEquals(6, team.sessionsAttended());
        assertEquals(0, team.satisfactionCount(), "answers count in the month they were given: these were given today");
        // This month's answers: today's.
        TeamFigures thisMonth = manager.call(() -> feedback.myTeam(YearMonth.now(ZONE), YearMonth.now(ZONE)));
        assertEquals(5, thisMonth.satisfactionCount());
        assertEquals(0, thisMonth.sessionsAttended());
        assertTrue(thisMonth.meanSatisfaction(5) != null, "five answers: shown");
        assertNull(thisMonth.meanSatisfaction(6), "under six: not shown where the smallest count is six");
        assertEquals(1, thisMonth.evaluationsOpen(), "the sixth has not answered");

        int sent = feedback.sendMonthlySummaries();
        assertTrue(sent >= 1, "at least this manager: " + sent);
        List<OutboxMail> summaries = data.outboxTo(boss.getWorkEmail()).stream().filter(m -> m.getKind() == MailKind.TEAM_SUMMARY).toList();
        assertEquals(1, summaries.size());
        assertTrue(summaries.get(0).getBody().contains("Sessions attended: 6, by 6 of your team of 6"), summaries.get(0).getBody());
        feedback.sendMonthlySummaries();
        assertEquals(1, data.outboxTo(boss.getWorkEmail()).stream().filter(m -> m.getKind() == MailKind.TEAM_SUMMARY).count(),
                "once a month");

        assertTrue(manager.call(() -> feedback.myTeam(last, last)).people() > 0);
        data.signIn(Role.MANAGER, data.person(organisation, null, null));
        assertEquals(0, manager.call(() -> feedback.myTeam(last, last)).people(), "another manager sees nothing of this team");
        try {
            learner.call(() -> feedback.myTeam(last, last));
            throw new AssertionError("a learner is refused");
        } catch (EJBAccessException expected) {
            // refused
        }
    }
}
