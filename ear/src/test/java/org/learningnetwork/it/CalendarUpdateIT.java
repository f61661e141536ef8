package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.publication.CalendarUpdate;
import org.learningnetwork.publication.CalendarUpdateService;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.reporting.CommitteeListService;

/** The training calendar's updates go to the service managers and the sub-group: monthly once, and when sent by hand. */
@ExtendWith(ArquillianExtension.class)
class CalendarUpdateIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private CalendarUpdateService updates;

    @Inject
    private CommitteeListService lists;

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

    @Test
    void updatesGoToTheServiceManagersAndTheSubGroupOnceAMonthAndWhenSent() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        Organisation organisation = data.organisation("Stirling");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Person serviceManager = data.person(organisation, null, null);
        Course course = deliveries.course("Calendar update course", "CHILD_PROTECTION", group, 120, c -> { });
        deliveries.session(course, 12);

        RejectedException unknown = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> updates.addServiceManager("nobody-" + System.nanoTime() + "@example.org")));
        assertEquals("calendarUpdates.person.unknown", unknown.getProblems().get(0).messageKey());
        coordinator.call(() -> updates.addServiceManager(serviceManager.getWorkEmail().toUpperCase(java.util.Locale.ROOT)));
        RejectedException twice = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> updates.addServiceManager(serviceManager.getWorkEmail())));
        assertEquals("calendarUpdates.person.already", twice.getProblems().get(0).messageKey());
        String subGroupMember = "lpd-" + System.nanoTime() + "@example.org";
        coordinator.call(() -> lists.add("LEARNING_PRACTICE_DEVELOPMENT", subGroupMember));
        List<String> to = coordinator.call(() -> updates.recipients());
        assertTrue(to.contains(serviceManager.getWorkEmail().toLowerCase(java.util.Locale.ROOT)) || to.contains(serviceManager.getWorkEmail()), to.toString());
        assertTrue(to.contains(subGroupMember), to.toString());

        // The monthly update: once, whichever instance asks first.
        boolean first = updates.sendMonthly();
        assertFalse(updates.sendMonthly(), "not twice in a month");
        List<OutboxMail> toSubGroup = data.outboxTo(subGroupMember).stream().filter(m -> m.getKind() == MailKind.CALENDAR_UPDATE).toList();
        assertEquals(first ? 1 : 0, toSubGroup.size(), "sent now unless an earlier test's call sent this month's already");

        CalendarUpdate byHand = coordinator.call(() -> updates.sendNow());
        assertFalse(byHand.isScheduled());
        assertTrue(byHand.getSessions() >= 1);
        List<OutboxMail> mails = data.outboxTo(subGroupMember).stream().filter(m -> m.getKind() == MailKind.CALENDAR_UPDATE).toList();
        OutboxMail latest = mails.get(mails.size() - 1);
        assertTrue(latest.getBody().contains(course.getTitle()) && latest.getBody().contains("book by"), latest.getBody());
        assertTrue(latest.getBody().contains("/publications/calendar.pdf"), latest.getBody());
        assertTrue(latest.getBody().contains("you will never be required to disclose"), "the trauma-aware statement");

        coordinator.call(() -> {
            updates.removeServiceManager(serviceManager.getId());
            return null;
        });
        assertFalse(coordinator.call(() -> updates.recipients()).contains(serviceManager.getWorkEmail()));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> updates.sendNow()));
    }
}
