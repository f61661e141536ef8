package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.FinancialYear;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.strategy.Priority;
import org.learningnetwork.strategy.PriorityService;
import org.learningnetwork.strategy.TargetProgress;

/** The strategy's priorities: kept by the learning team, each year's sessions counted against the target. */
@ExtendWith(ArquillianExtension.class)
class PriorityServiceIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private PriorityService priorities;

    @Inject
    private Deliveries deliveries;

    @Inject
    private TestData data;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(RejectedException.Problem::messageKey).toList();
    }

    @Test
    void aPrioritysSessionsAttendanceAndTargetAreCountedByFinancialYear() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        Organisation organisation = data.organisation("Stirling");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Course served = deliveries.course("Frameworks and tools", "CHILD_PROTECTION", group, 120, c -> { });
        Course other = deliveries.course("Not a priority", "CHILD_PROTECTION", group, 120, c -> { });

        // Last year: one session delivered, two attended (one in part) and one did not; another course's session too.
        CourseSession delivered = deliveries.session(served, 5);
        Booking first = deliveries.book(delivered, data.person(organisation, group, null));
        Booking second = deliveries.book(delivered, data.person(organisation, group, null));
        Booking absent = deliveries.book(delivered, data.person(organisation, group, null));
        deliveries.deliver(delivered, Duration.ofDays(400), Deliveries.attended(first), Deliveries.partial(second, 60),
                Deliveries.didNotAttend(absent));
        CourseSession notServing = deliveries.session(other, 5);
        deliveries.deliver(notServing, Duration.ofDays(400), Deliveries.attended(deliveries.book(notServing,
                data.person(organisation, group, null))));
        // This year: one planned.
        deliveries.session(served, 5);

        Priority priority = coordinator.call(() -> priorities.add(new PriorityService.Draft("2024\u201327",
                "Frameworks and assessment tools training at least twice a year " + System.nanoTime(),
                "Staff are competent and confident", "Attendance and feedback", 2, Set.of(served.getId()))));

        FinancialYear lastYear = FinancialYear.of(LocalDate.ofInstant(Instant.now().minus(Duration.ofDays(400)), ZONE));
        PriorityService.YearFigures then = coordinator.call(() -> priorities.figures(priority, lastYear));
        assertEquals(new TargetProgress(2, 1, 0), then.progress());
        assertEquals(TargetProgress.Status.SHORT, then.progress().status());
        assertEquals(2, then.attended(), "one in full, one in part; not the one absent, not the other course's");
        assertEquals(0, then.answers());
        assertNull(then.satisfaction());

        FinancialYear soon = FinancialYear.of(LocalDate.ofInstant(Instant.now().plus(Duration.ofDays(3)), ZONE));
        PriorityService.YearFigures now = coordinator.call(() -> priorities.figures(priority, soon));
        assertEquals(1, now.progress().planned());
        assertEquals(1, now.progress().toPlan(), "one more to plan for two");
    }

    @Test
    void aPriorityIsCheckedWholeAndChangedOnlyAtTheVersionRead() throws Exception {
        RejectedException empty = assertThrows(RejectedException.class, () -> coordinator.call(() -> priorities.add(
                new PriorityService.Draft(" ", null, null, null, 0, Set.of(987654321L)))));
        assertEquals(List.of("priority.courses.unknown", "priority.period.required", "priority.sessionsPerYear.range",
                "priority.title.required"), keys(empty).stream().sorted().toList());

        Priority added = coordinator.call(() -> priorities.add(new PriorityService.Draft("2024\u201327",
                "Mental health learning in every annual calendar " + System.nanoTime(), null, null, null, Set.of())));
        Priority changed = coordinator.call(() -> priorities.change(added.getId(), added.getVersion(), new PriorityService.Draft(
                "2024\u201327", added.getTitle(), "Staff are confident", "Attendance and feedback", 1, Set.of())));
        assertEquals(Integer.valueOf(1), changed.getSessionsPerYear());
        assertThrows(EJBException.class, () -> coordinator.call(() -> priorities.change(added.getId(), added.getVersion(),
                new PriorityService.Draft("2024\u201327", "Stale", null, null, null, Set.of()))));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> priorities.all(FinancialYear.of(LocalDate.now()))));
        coordinator.call(() -> {
            priorities.retire(added.getId(), true);
            return null;
        });
    }
}
