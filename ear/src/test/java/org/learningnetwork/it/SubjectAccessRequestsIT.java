package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.SubjectAccessRequest;
import org.learningnetwork.retention.SubjectAccessRequestService;

/** Subject access requests: due a month after receipt, overdue after that, answered once; bad input on its field. */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessRequestsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private SubjectAccessRequestService requests;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Learner learner;

    @Test
    void requestsAreDueAMonthAfterReceiptAndListedSoonestDueFirst() throws Exception {
        Person late = data.person(data.organisation("Fife"), null, null);
        Person recent = data.person(data.organisation("Fife"), null, null);
        LocalDate today = dpo.call(() -> requests.today());
        LocalDate received = today.minusMonths(1).minusDays(3);
        SubjectAccessRequest overdue = dpo.call(() -> requests.record(late.getWorkEmail(), received));
        SubjectAccessRequest fresh = dpo.call(() -> requests.record(recent.getWorkEmail(), null));
        // A calendar month on from the day received (which, from 29 October, is 29 November, not 28).
        assertEquals(received.plusMonths(1), overdue.getDueOn());
        assertTrue(overdue.isOverdue(today));
        assertEquals(today.plusMonths(1), fresh.getDueOn());
        assertFalse(fresh.isOverdue(today));
        List<Long> open = dpo.call(() -> requests.open()).stream().map(SubjectAccessRequest::getId).toList();
        assertTrue(open.indexOf(overdue.getId()) < open.indexOf(fresh.getId()), "the soonest due first");

        dpo.call(() -> requests.answer(overdue.getId()));
        assertFalse(dpo.call(() -> requests.open()).stream().anyMatch(r -> r.getId().equals(overdue.getId())));
        assertEquals(List.of("null:subjectAccess.answered"), problems(dpo, () -> requests.answer(overdue.getId())));
        dpo.call(() -> requests.answer(fresh.getId()));

        assertEquals(List.of("receivedOn:subjectAccess.receivedOn.future"),
                problems(dpo, () -> requests.record(recent.getWorkEmail(), today.plusDays(1))));
        assertEquals(List.of("workEmail:dataProtection.person.unknown"), problems(dpo, () -> requests.record("nobody@example.org", null)));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> requests.open()));
    }

    @Test
    void aPersonAsksForACopyOnceUntilItIsAnswered() throws Exception {
        Person person = data.person(data.organisation("Fife"), null, null);
        data.signIn(Role.LEARNER, person);
        SubjectAccessRequest asked = learner.call(() -> requests.requestMine());
        assertEquals(person.getId(), asked.getPerson().getId());
        assertEquals(List.of("null:subjectAccess.alreadyOpen"), problems(learner, () -> requests.requestMine()));
        dpo.call(() -> requests.answer(asked.getId()));
        SubjectAccessRequest again = learner.call(() -> requests.requestMine());
        dpo.call(() -> requests.answer(again.getId()));
    }

    private static List<String> problems(AsRole role, Callable<?> change) {
        RejectedException rejected = assertThrows(RejectedException.class, () -> role.call(change));
        return rejected.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
