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
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditEntry;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.LegalHold;
import org.learningnetwork.retention.LegalHoldService;

/** Legal holds: placed with a reason and a review date, one at a time per person, released; each audited. */
@ExtendWith(ArquillianExtension.class)
class LegalHoldsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private LegalHoldService holds;

    @Inject
    private AuditLog audit;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Coordinator coordinator;

    @Test
    void aHoldNeedsAReasonAndAReviewDateAndIsPlacedOnceUntilReleased() throws Exception {
        Person person = data.person(data.organisation("Fife"), null, null);
        String email = person.getWorkEmail();
        LocalDate nextMonth = LocalDate.now().plusMonths(1);

        assertEquals(List.of("reason:legalHold.reason.required", "reviewOn:legalHold.reviewOn.future"),
                problems(() -> holds.place(email, "  ", LocalDate.now().minusDays(2))));
        assertEquals(List.of("reviewOn:legalHold.reviewOn.future"), problems(() -> holds.place(email, "Claim 2026/14", null)));
        assertEquals(List.of("workEmail:dataProtection.person.unknown"), problems(() -> holds.place("nobody@example.org", "Claim", nextMonth)));
        assertEquals(List.of("workEmail:dataProtection.person.required", "reason:legalHold.reason.size"),
                problems(() -> holds.place("", "x".repeat(1001), nextMonth)));
        assertFalse(holds.isHeld(person.getId()), "nothing was placed");

        LegalHold hold = dpo.call(() -> holds.place(email.toUpperCase(), "Employment tribunal claim 2026/14", nextMonth));
        assertTrue(holds.isHeld(person.getId()));
        assertEquals(List.of(AuditAction.CREATED, "LegalHold", hold.getId()), latestAudit());
        assertTrue(dpo.call(() -> holds.active()).stream().anyMatch(h -> h.getId().equals(hold.getId())));
        assertEquals(List.of("workEmail:legalHold.already"), problems(() -> holds.place(email, "Again", nextMonth)));

        dpo.call(() -> holds.release(hold.getId()));
        assertFalse(holds.isHeld(person.getId()));
        assertEquals(List.of(AuditAction.CHANGED, "LegalHold", hold.getId()), latestAudit());
        assertEquals(List.of("null:legalHold.released"), problems(() -> holds.release(hold.getId())));

        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> holds.place(email, "Not theirs to place", nextMonth)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> holds.active()));
    }

    private List<Object> latestAudit() throws Exception {
        AuditEntry entry = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        return List.of(entry.getAction(), entry.getTargetType(), entry.getTargetId());
    }

    private List<String> problems(Callable<?> change) {
        RejectedException rejected = assertThrows(RejectedException.class, () -> dpo.call(change));
        return rejected.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
