package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.teamrequest.TeamRequest;
import org.learningnetwork.teamrequest.TeamRequestService;
import org.learningnetwork.teamrequest.TeamRequestStatus;

/** A line manager asks for learning for their team; the learning team answers, and books the team onto a session. */
@ExtendWith(ArquillianExtension.class)
class TeamRequestServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private TeamRequestService requests;

    @Inject
    private Deliveries deliveries;

    @Inject
    private TestData data;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    private WorkforceGroup group;
    private Organisation agency;
    private Person boss;
    private Person first;
    private Person second;
    private Person third;

    @BeforeEach
    void setUp() {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        agency = data.organisation("Falkirk");
        boss = data.person(agency, null, null);
        first = data.person(agency, group, boss);
        second = data.person(agency, group, boss);
        third = data.person(agency, group, boss);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(RejectedException.Problem::messageKey).toList();
    }

    @Test
    void aManagersRequestIsCheckedWholeAndNamesOnlyTheirOwnStaff() throws Exception {
        Person someoneElses = data.person(agency, group, data.person(agency, null, null));
        RejectedException refused = assertThrows(RejectedException.class, () -> manager.call(() -> requests.request(null, " ", 1,
                null, null, Set.of(first.getId(), someoneElses.getId()))));
        assertEquals(List.of("teamRequest.topic.required", "teamRequest.members.notStaff"), keys(refused));
        assertEquals(List.of(first.getId(), second.getId(), third.getId()).stream().sorted().toList(),
                manager.call(() -> requests.myStaff()).stream().map(Person::getId).sorted().toList());
        assertThrows(EJBAccessException.class, () -> learner.call(() -> requests.mine()));
    }

    @Test
    void theLearningTeamSetsASessionAndTheTeamIsBookedOntoIt() throws Exception {
        Course course = deliveries.course("Team request course", "CHILD_PROTECTION", group, 120, c -> { });
        CourseSession session = deliveries.session(course, 2);
        // The third is booked already: they are reported, not booked twice; the session's two places go first come.
        deliveries.book(session, third);
        Person fourth = data.person(agency, group, boss);

        TeamRequest asked = manager.call(() -> requests.request(course.getId(), null, 6, "Any Tuesday in March",
                "The new duty team", Set.of(first.getId(), second.getId(), third.getId(), fourth.getId())));
        assertEquals(course.getTitle(), asked.getTopic(), "the course's title when no topic is given");
        assertTrue(coordinator.call(() -> requests.open()).stream().anyMatch(r -> r.getId().equals(asked.getId())));

        RejectedException noReason = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> requests.decline(asked.getId(), asked.getVersion(), " ")));
        assertEquals(List.of("teamRequest.response.required"), keys(noReason));
        CourseSession other = deliveries.session(deliveries.course("Another course", "CHILD_PROTECTION", group, 60, c -> { }), 5);
        RejectedException otherCourse = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> requests.schedule(asked.getId(), asked.getVersion(), other.getId(), null)));
        assertEquals(List.of("teamRequest.session.otherCourse"), keys(otherCourse));

        TeamRequestService.Scheduled scheduled = coordinator.call(() -> requests.schedule(asked.getId(), asked.getVersion(),
                session.getId(), "See you there"));
        assertEquals(TeamRequestStatus.SCHEDULED, scheduled.request().getStatus());
        Map<Long, String> outcome = scheduled.outcomes().stream().collect(Collectors.toMap(o -> o.member().getId(),
                o -> o.status() == null ? o.refusal() : o.status().name()));
        assertEquals("booking.already", outcome.get(third.getId()));
        assertEquals(1, outcome.values().stream().filter("CONFIRMED"::equals).count(), "one place was left: " + outcome);
        assertEquals(2, outcome.values().stream().filter("WAITLISTED"::equals).count(), "then the waiting list: " + outcome);

        List<OutboxMail> told = data.outboxTo(boss.getWorkEmail());
        assertTrue(told.stream().anyMatch(m -> m.getKind() == MailKind.TEAM_REQUEST_SCHEDULED
                && m.getBody().contains("See you there") && m.getBody().contains("on the waiting list")), told.toString());
        assertThrows(RejectedException.class, () -> manager.call(() -> {
            requests.withdraw(asked.getId());
            return null;
        }), "a scheduled request cannot be withdrawn");
        assertEquals(TeamRequestStatus.SCHEDULED, manager.call(() -> requests.mine()).get(0).getStatus());
    }

    @Test
    void aManagerSeesAndWithdrawsOnlyTheirOwnRequests() throws Exception {
        TeamRequest asked = manager.call(() -> requests.request(null, "Hoarding and self-neglect", 8, null, null, Set.of()));
        data.signIn(Role.MANAGER, data.person(agency, null, null));
        assertThrows(NotFoundException.class, () -> manager.call(() -> requests.find(asked.getId())));
        assertThrows(NotFoundException.class, () -> manager.call(() -> {
            requests.withdraw(asked.getId());
            return null;
        }));
        data.signIn(Role.MANAGER, boss);
        manager.call(() -> {
            requests.withdraw(asked.getId());
            return null;
        });
        assertEquals(TeamRequestStatus.WITHDRAWN, manager.call(() -> requests.find(asked.getId())).getStatus());
        assertTrue(coordinator.call(() -> requests.open()).stream().noneMatch(r -> r.getId().equals(asked.getId())));
    }
}
