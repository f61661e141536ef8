package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.workforce.PersonQualification;
import org.learningnetwork.workforce.QualificationService;
import org.learningnetwork.workforce.QualificationStatus;
import org.learningnetwork.workforce.Registration;
import org.learningnetwork.workforce.RegistrationAlerts;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;
import org.learningnetwork.workforce.RegistrationService;

/**
 * Registration with the regulator: recorded by the line manager, read by the person; its conditions weighed against
 * the qualifications held; the learning of the renewal period counted from the learning records; the manager's team
 * shows the registrations at risk; alerts go 6, 3 and 1 months ahead to the person and their manager, each once.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private QualificationService qualifications;

    @Inject
    private RegistrationAlerts alerts;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    private Person boss;
    private Person staff;
    private final LocalDate today = LocalDate.now(org.learningnetwork.platform.Installation.zone());

    @BeforeEach
    void setUp() {
        Organisation agency = data.organisation("Perth and Kinross");
        boss = data.person(agency, null, null);
        staff = data.person(agency, null, boss);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.LEARNER, staff);
    }

    private Registration registration(LocalDate registeredOn, LocalDate renewalDueOn) {
        Registration form = new Registration();
        form.setNumber("SW-" + staff.getId());
        form.setRegisteredOn(registeredOn);
        form.setRenewalDueOn(renewalDueOn);
        return form;
    }

    @Test
    void aRegistrationsConditionsAndLearningAreWeighedAndAtRiskInTheTeam() throws Exception {
        Registration saved = manager.call(() -> registrations.save(staff.getId(), registration(today.minusYears(2), today.plusYears(1)),
                "SUPPORT_WORKER_HOUSING_SUPPORT"));
        manager.call(() -> registrations.addCondition(staff.getId(), saved.getId(), "SVQ3_SSHC", today.plusMonths(18)));
        // Learning in the renewal period (five years for this part): two records counted, one before it not.
        long course = data.ids("select min(id) from course").get(0);
        long first = -(System.nanoTime() % 1_000_000_000L) - 1;
        for (Object[] row : new Object[][] {{first, today.minusMonths(3), "7.5"}, {first - 1, today.minusYears(1), "3"},
            {first - 2, today.minusYears(5), "20"}}) {
            data.execute("insert into learning_record (id, version, person_id, course_id, completed_on, cpd_hours, kind)"
                    + " values (?, 0, ?, ?, ?, ?, 'COMPLETED')", row[0], staff.getId(), course, row[1], new BigDecimal((String) row[2]));
        }

        RegistrationService.Standing mine = learner.call(() -> registrations.mine()).get(0);
        assertEquals(ConditionState.NOT_STARTED, mine.conditions().get(0).state());
        assertTrue(mine.atRisk());
        assertEquals(0, new BigDecimal("10.5").compareTo(mine.hoursDone()), mine.hoursDone().toString());
        assertEquals(today.plusYears(1).minusMonths(60).isBefore(today.minusYears(2)) ? today.minusYears(2) : today.plusYears(1).minusMonths(60),
                mine.countedFrom());
        assertEquals(List.of(staff.getId()), manager.call(() -> registrations.teamRisks()).stream().map(r -> r.person().getId()).toList());

        // Working towards the qualification, expected in time: on track, and no longer at risk.
        PersonQualification svq = new PersonQualification();
        svq.setStatus(QualificationStatus.IN_PROGRESS);
        svq.setExpectedOn(today.plusMonths(12));
        manager.call(() -> qualifications.save(staff.getId(), svq, "SVQ3_SSHC"));
        assertEquals(ConditionState.ON_TRACK, learner.call(() -> registrations.mine()).get(0).conditions().get(0).state());
        assertTrue(manager.call(() -> registrations.teamRisks()).isEmpty());

        // Another manager, and the person, cannot record it.
        assertThrows(EJBAccessException.class, () -> learner.call(() -> registrations.save(staff.getId(),
                registration(today, today.plusYears(3)), "SOCIAL_WORKER")));
        data.signIn(Role.MANAGER, data.person(data.organisation("Perth and Kinross"), null, null));
        assertThrows(NotFoundException.class, () -> manager.call(() -> registrations.of(staff.getId())));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        Registration bad = registration(today.plusDays(1), today);
        bad.setNumber("not a number!");
        Set<String> problems = assertThrows(RejectedException.class, () -> manager.call(() -> registrations.save(staff.getId(), bad, "NO_SUCH")))
                .getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
        assertEquals(Set.of("part:registration.part.unknown", "number:registration.number.pattern",
                "registeredOn:registration.registeredOn.future", "renewalDueOn:registration.renewalDueOn.afterRegistered"), problems);
        assertEquals(0L, data.count("select count(*) from registration where person_id = " + staff.getId()));

        Registration saved = manager.call(() -> registrations.save(staff.getId(), registration(today.minusYears(1), today.plusYears(2)),
                "SOCIAL_WORKER"));
        Set<String> condition = assertThrows(RejectedException.class, () -> manager.call(() -> registrations.addCondition(staff.getId(),
                saved.getId(), null, today.minusYears(2)))).getProblems().stream().map(p -> p.field() + ":" + p.messageKey())
                .collect(Collectors.toSet());
        assertEquals(Set.of("conditionQualification:condition.qualification.required", "conditionDueOn:condition.dueOn.afterRegistered"),
                condition);
    }

    @Test
    void alertsGoAheadOfTheRenewalAndConditionsEachOnceToThePersonAndTheirManager() throws Exception {
        Registration saved = manager.call(() -> registrations.save(staff.getId(), registration(today.minusYears(3), today.plusDays(20)),
                "SOCIAL_WORKER"));
        manager.call(() -> registrations.addCondition(staff.getId(), saved.getId(), "PQ_MHO", today.plusMonths(2)));
        manager.call(() -> registrations.addCondition(staff.getId(), saved.getId(), "PLQ1", today.plusMonths(9)));

        alerts.sendDue();
        // The renewal in twenty days (one month ahead) and the condition in two months (three months ahead); the one in
        // nine months is not due yet.
        assertEquals(List.of("CONDITION:1:3", "RENEWAL:1"), data.query("select subject, months_before from registration_alert where"
                + " registration_id = " + saved.getId() + " order by subject").stream()
                .map(r -> (r[0].toString().startsWith("CONDITION") ? "CONDITION:1" : r[0]) + ":" + r[1]).toList());
        List<OutboxMail> toStaff = data.outboxTo(staff.getWorkEmail()).stream().filter(m -> m.getSubject().startsWith("Your registration")).toList();
        assertEquals(2, toStaff.size());
        assertTrue(toStaff.stream().anyMatch(m -> m.getSubject().contains("the Mental Health Officer Award by")), toStaff.toString());
        assertTrue(toStaff.stream().anyMatch(m -> m.getBody().contains("Not being worked towards yet.")));
        assertTrue(toStaff.stream().anyMatch(m -> m.getBody().contains("hours of the 90 expected")));
        assertEquals(2, data.outboxTo(boss.getWorkEmail()).stream().filter(m -> m.getSubject().startsWith("Registration in your team")).count());

        // Again: nothing more is sent.
        alerts.sendDue();
        assertEquals(2L, data.count("select count(*) from registration_alert where registration_id = " + saved.getId()));
        assertEquals(2, data.outboxTo(staff.getWorkEmail()).stream().filter(m -> m.getSubject().startsWith("Your registration")).count());
        assertFalse(data.outboxTo(staff.getWorkEmail()).stream().anyMatch(m -> m.getSubject().contains("Practice Learning")));
    }
}
