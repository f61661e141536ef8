package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.workforce.PersonQualification;
import org.learningnetwork.workforce.QualificationService;
import org.learningnetwork.workforce.QualificationStatus;
import org.learningnetwork.workforce.Registration;
import org.learningnetwork.workforce.RegistrationService;
import org.learningnetwork.workforce.WorkforcePlan;
import org.learningnetwork.workforce.WorkforcePlanService;

/**
 * The workforce-planning report counted by the database (its grouped queries, the native one weighing each condition
 * included) agrees with what was recorded, for one agency in its network, and is the learning team's only.
 */
@ExtendWith(ArquillianExtension.class)
class WorkforcePlanIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private WorkforcePlanService plans;

    @Inject
    private QualificationService qualifications;

    @Inject
    private RegistrationService registrations;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Manager manager;

    private final LocalDate today = LocalDate.now(Installation.zone());

    private void working(Person person, String code, LocalDate expected) throws Exception {
        PersonQualification held = new PersonQualification();
        held.setStatus(QualificationStatus.IN_PROGRESS);
        held.setExpectedOn(expected);
        coordinator.call(() -> qualifications.save(person.getId(), held, code));
    }

    private void registeredWithCondition(Person person, String code, LocalDate dueOn) throws Exception {
        Registration form = new Registration();
        form.setRegisteredOn(today.minusYears(2));
        form.setRenewalDueOn(today.plusMonths(6));
        Registration saved = coordinator.call(() -> registrations.save(person.getId(), form, "SUPPORT_WORKER_HOUSING_SUPPORT"));
        coordinator.call(() -> registrations.addCondition(person.getId(), saved.getId(), code, dueOn));
    }

    @Test
    void theFiguresAreThoseRecordedForTheAgencyInItsNetwork() throws Exception {
        Organisation agency = data.organisation("Fife");
        Person onTrack = data.person(agency, null, null);
        Person late = data.person(agency, null, null);
        Person notStarted = data.person(agency, null, null);
        Person later = data.person(agency, null, null);
        working(onTrack, "SVQ3_SSHC", today.plusMonths(4));
        working(late, "SVQ3_SSHC", today.plusMonths(14));
        working(later, "HNC_SS", today.plusMonths(20));
        registeredWithCondition(onTrack, "SVQ3_SSHC", today.plusMonths(8));
        registeredWithCondition(late, "SVQ3_SSHC", today.plusMonths(10));
        registeredWithCondition(notStarted, "SVQ3_SSHC", today.plusMonths(3));

        WorkforcePlan.Report report = coordinator.call(() -> plans.report(new WorkforcePlanService.Filter(null, agency.getId(), null)));
        WorkforcePlan.QualifierRow svq = report.qualifiers().stream().filter(r -> r.qualification().code().equals("SVQ3_SSHC"))
                .findFirst().orElseThrow();
        assertEquals(2, svq.total());
        assertEquals(3, report.totalQualifiers());
        WorkforcePlan.GapRow gap = report.gaps().get(0);
        assertEquals("SVQ3_SSHC", gap.qualification().code());
        assertEquals(List.of(3L, 1L, 1L, 1L, 2L), List.of(gap.due(), gap.onTrack(), gap.late(), gap.notStarted(), gap.gap()));
        assertEquals(1, gap.expectedQualifiers());
        assertEquals(1, report.agencies().size());
        WorkforcePlan.AgencyRow row = report.agencies().get(0);
        assertEquals("Tayforth", row.network());
        assertEquals(List.of(3L, 1L, 3L, 2L, 3L), List.of(row.workingTowards(), row.expectedThisYear(), row.registered(),
                row.conditionsAtRisk(), row.renewalsDue()));

        // Narrowed to another network, the agency is not there.
        assertTrue(coordinator.call(() -> plans.report(new WorkforcePlanService.Filter("North of Scotland", agency.getId(), null)))
                .agencies().isEmpty());
        data.signIn(Role.MANAGER, data.person(agency, null, null));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> plans.report(WorkforcePlanService.Filter.ALL)));
    }
}
