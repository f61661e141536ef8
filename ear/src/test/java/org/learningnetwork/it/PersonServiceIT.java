package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.people.Person;
import org.learningnetwork.people.PersonService;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

@ExtendWith(ArquillianExtension.class)
class PersonServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private PersonService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Admin admin;

    @Inject
    private AsRole.Coordinator coordinator;

    private Organisation organisation;
    private String tag;

    @BeforeEach
    void organisation() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        organisation = admin.call(() -> organisations.create(new Organisation("People Test Agency " + tag,
                AgencyType.COUNCIL_SERVICE, Set.copyOf(referenceData.councilAreas().subList(0, 1)))));
    }

    private Person save(Person person, String managerEmail, Map<String, Long> groups) throws Exception {
        return coordinator.call(() -> people.save(person, organisation.getId(), managerEmail, groups));
    }

    private Person newPerson(String given) {
        return new Person(given, "Tester", given.toLowerCase() + "." + tag + "@example.org", null);
    }

    private long peopleInOrganisation() throws Exception {
        return coordinator.call(() -> people.search(null, organisation.getId(), true, new PageRequest(0, 50)).total());
    }

    @Test
    void aCoordinatorAddsAPersonWithManagerAndWorkforceGroups() throws Exception {
        Person manager = save(newPerson("Manager"), null, Map.of());
        Framework cp2024 = referenceData.frameworks().get(0);
        WorkforceGroup specific = cp2024.getGroups().get(2);
        Person person = newPerson("Practitioner");
        person.setPhone("01382 433111");
        person.setJobTitle("Health visitor");
        Person saved = save(person, manager.getWorkEmail().toUpperCase(), Map.of("CP_2024", specific.getId()));

        Person found = coordinator.call(() -> people.find(saved.getId()));
        assertEquals("Manager", found.getLineManager().getGivenName());
        assertEquals("SPECIFIC", found.workforceGroupIn(cp2024).orElseThrow().getCode());
        assertEquals(organisation.getId(), found.getOrganisation().getId());

        Map<String, Long> none = new HashMap<>();
        none.put("CP_2024", null);
        Person cleared = save(found, "", none);
        assertNull(cleared.getLineManager());
        assertTrue(cleared.getWorkforceGroups().isEmpty());
    }

    @Test
    void invalidInputIsRejectedFieldByFieldAndNothingIsSaved() throws Exception {
        Person person = new Person(" ", "Tester", "not-an-email", null);
        person.setPhone("call me");
        RejectedException rejected = assertThrows(RejectedException.class, () -> save(person, null, Map.of()));
        assertEquals(List.of("givenName", "phone", "workEmail"), rejected.getProblems().stream().map(p -> p.field()).toList());
        assertEquals(0, peopleInOrganisation());
    }

    @Test
    void aDuplicateEmailAnUnknownManagerAndAManagementLoopAreRejected() throws Exception {
        Person first = save(newPerson("First"), null, Map.of());
        Person again = newPerson("First");
        assertEquals("person.workEmail.duplicate", assertThrows(RejectedException.class,
                () -> save(again, null, Map.of())).getProblems().get(0).messageKey());
        assertEquals("person.lineManager.unknown", assertThrows(RejectedException.class,
                () -> save(newPerson("Second"), "nobody@example.org", Map.of())).getProblems().get(0).messageKey());

        Person second = save(newPerson("Second"), first.getWorkEmail(), Map.of());
        Person firstAgain = coordinator.call(() -> people.find(first.getId()));
        assertEquals("person.lineManager.cycle", assertThrows(RejectedException.class,
                () -> save(firstAgain, second.getWorkEmail(), Map.of())).getProblems().get(0).messageKey());
        assertEquals("person.lineManager.self", assertThrows(RejectedException.class,
                () -> save(coordinator.call(() -> people.find(first.getId())), first.getWorkEmail(), Map.of()))
                .getProblems().get(0).messageKey());
        assertEquals(2, peopleInOrganisation());
    }

    @Test
    void aWorkforceGroupMustBelongToTheFrameworkItIsChosenFor() throws Exception {
        WorkforceGroup legacy = referenceData.frameworks().get(1).getGroups().get(0);
        assertEquals("person.workforceGroup.invalid", assertThrows(RejectedException.class,
                () -> save(newPerson("Mixed"), null, Map.of("CP_2024", legacy.getId()))).getProblems().get(0).messageKey());
    }
}
