package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.LearningRequirement;
import org.learningnetwork.pathway.PathwayReminders;
import org.learningnetwork.pathway.PathwayService;
import org.learningnetwork.pathway.RoleProfile;
import org.learningnetwork.pathway.RoleProfileService;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Reminders of learning falling due and lapsed: to the person and their line manager, once per requirement and day it
 * is due, whether the daily run comes again or two instances run it at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class PathwayRemindersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private PathwayReminders reminders;

    @Inject
    private PathwayService pathways;

    @Inject
    private RoleProfileService profiles;

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    private WorkforceGroup group;
    private Organisation agency;
    private Course course;
    private RoleProfile profile;

    @BeforeEach
    void setUp() throws Exception {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        agency = data.organisation("Dundee City");
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        String tag = Long.toString(System.nanoTime());
        Course draft = new Course("Reminded course " + tag, "About", DeliveryMode.IN_PERSON, 120, "Tayside");
        course = coordinator.call(() -> courses.save(draft, Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
        LearningRequirement requirement = coordinator.call(() -> profiles.save(new LearningRequirement("Reminded " + tag, 12),
                Set.of(course.getId())));
        profile = coordinator.call(() -> profiles.save(new RoleProfile("REM-" + tag, "Reminded role " + tag), Set.of(group.getId()),
                List.of(requirement.getId())));
    }

    /** A person in the role, with a manager, who did the course so many days short of a year ago. */
    private Person personDone(LocalDate on, Person manager) throws Exception {
        Person person = data.person(agency, group, manager);
        coordinator.call(() -> pathways.assign(person.getId(), profile.getId()));
        data.learningRecord(person, course, LearningRecordKind.COMPLETED, on);
        return person;
    }

    private List<OutboxMail> pathwayMailsTo(Person person) {
        return data.outboxTo(person.getWorkEmail()).stream().filter(m -> m.getKind().name().startsWith("PATHWAY_")).toList();
    }

    @Test
    void dueSoonThenOverdueEachOnceToThePersonAndTheirManager() throws Exception {
        Person manager = data.person(agency, group, null);
        Person person = personDone(LocalDate.now().minusMonths(12).plusDays(20), manager);
        Person upToDate = personDone(LocalDate.now().minusMonths(1), manager);

        reminders.sendDue();
        List<OutboxMail> toPerson = pathwayMailsTo(person);
        assertEquals(1, toPerson.size());
        assertTrue(toPerson.get(0).getBody().contains("due again by"), toPerson.get(0).getBody());
        assertTrue(toPerson.get(0).getBody().contains("/my/pathway.xhtml"), toPerson.get(0).getBody());
        assertTrue(toPerson.get(0).getBody().contains("trauma-aware statement"), toPerson.get(0).getBody());
        List<OutboxMail> toManager = pathwayMailsTo(manager);
        assertEquals(1, toManager.size());
        assertTrue(toManager.get(0).getSubject().contains(person.getFullName()), toManager.get(0).getSubject());
        assertEquals(List.of(), pathwayMailsTo(upToDate), "nothing due: no mail");

        reminders.sendDue();
        assertEquals(1, pathwayMailsTo(person).size(), "the next day's run sends nothing new");

        // The requirement lapses (its completion moved back a year): the overdue reminder goes, once.
        data.execute("update learning_record set completed_on = ? where person_id = ?", LocalDate.now().minusMonths(24), person.getId());
        reminders.sendDue();
        reminders.sendDue();
        List<OutboxMail> now = pathwayMailsTo(person);
        assertEquals(2, now.size());
        assertTrue(now.stream().anyMatch(m -> m.getBody().contains("overdue since")), now.toString());
        assertEquals(2, pathwayMailsTo(manager).size());
    }

    @Test
    void twoInstancesRunningAtOnceRemindOnce() throws Exception {
        Person person = personDone(LocalDate.now().minusMonths(12).plusDays(10), null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Object> run = () -> {
                try {
                    return reminders.sendDueAlone();
                } catch (RuntimeException refused) {
                    // The other run wrote the same reminder first: its key refuses this one, which rolls back.
                    return refused;
                }
            };
            List<Future<Object>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Object> each : runs) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, pathwayMailsTo(person).size());
        assertEquals(1L, data.count("select count(*) from pathway_reminder where person_id = " + person.getId()));
    }
}
