package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.people.PersonService;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.security.AccountService;

/** Every service method checks the caller's role, whatever screen or API the call comes from. */
@ExtendWith(ArquillianExtension.class)
class RoleCheckIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private OrganisationService organisations;

    @Inject
    private PersonService people;

    @Inject
    private AccountService accounts;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Admin admin;

    private static Organisation anyOrganisation() {
        return new Organisation("Refused " + System.nanoTime(), AgencyType.POLICE, Set.of());
    }

    @Test
    void aLearnerCannotCallAdministratorMethods() {
        assertThrows(EJBAccessException.class, () -> learner.call(() -> organisations.create(anyOrganisation())));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> organisations.search(null, true, new PageRequest(0, 5))));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> people.search(null, null, true, new PageRequest(0, 5))));
        assertThrows(EJBAccessException.class, () -> learner.call(() ->
                accounts.create("learner-made", "long-enough-password".toCharArray(), null, EnumSet.of(Role.ADMIN))));
    }

    @Test
    void anAnonymousCallerIsRefused() {
        assertThrows(EJBAccessException.class, () -> organisations.search(null, true, new PageRequest(0, 5)));
        assertThrows(EJBAccessException.class, () -> people.search(null, null, true, new PageRequest(0, 5)));
    }

    @Test
    void aCoordinatorReadsOrganisationsAndPeopleButCannotChangeOrganisations() throws Exception {
        assertTrue(coordinator.call(() -> organisations.search(null, false, new PageRequest(0, 5))).total() >= 0);
        assertTrue(coordinator.call(() -> people.search(null, null, false, new PageRequest(0, 5))).total() >= 0);
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> organisations.create(anyOrganisation())));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> { organisations.deactivate(1L); return null; }));
    }

    @Test
    void anAdministratorIsAllowed() throws Exception {
        assertTrue(admin.call(() -> organisations.search(null, true, new PageRequest(0, 5))).total() >= 0);
    }
}
