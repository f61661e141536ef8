package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditEntry;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.RecordType;
import org.learningnetwork.retention.RetentionAction;
import org.learningnetwork.retention.RetentionRule;
import org.learningnetwork.retention.RetentionScheduleService;
import org.learningnetwork.retention.RetentionTrigger;

/** The retention schedule: shipped defaults, changes by the data protection officer (audited), and bad input refused. */
@ExtendWith(ArquillianExtension.class)
class RetentionScheduleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private RetentionScheduleService schedule;

    @Inject
    private AuditLog audit;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Learner learner;

    @Test
    void everyTypeOfRecordHasARuleAndTheOfficerChangesOneWithTheChangeAudited() throws Exception {
        List<RetentionRule> rules = schedule.rules();
        assertEquals(Arrays.asList(RecordType.values()), rules.stream().map(RetentionRule::getRecordType).toList());
        RetentionRule person = schedule.rule(RecordType.PERSON);
        assertEquals(List.of(RetentionTrigger.LAST_ACTIVITY, 36, RetentionAction.ANONYMISE),
                List.of(person.getTrigger(), person.getPeriodMonths(), person.getAction()));

        RetentionRule changed = dpo.call(() -> schedule.change("PERSON", "LAST_ACTIVITY", 48, "ANONYMISE", person.getVersion()));
        try {
            assertEquals(48, schedule.rule(RecordType.PERSON).getPeriodMonths());
            AuditEntry entry = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
            assertEquals(List.of(AuditAction.CHANGED, "RetentionRule", person.getId(), "PERSON"),
                    List.of(entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getDetail()));

            // Read before the change: refused as someone else's change, nothing written.
            EJBException stale = assertThrows(EJBException.class,
                    () -> dpo.call(() -> schedule.change("PERSON", "LAST_ACTIVITY", 12, "ANONYMISE", person.getVersion())));
            assertTrue(optimisticLock(stale), stale.toString());
            assertEquals(48, schedule.rule(RecordType.PERSON).getPeriodMonths());
        } finally {
            dpo.call(() -> schedule.change("PERSON", "LAST_ACTIVITY", 36, "ANONYMISE", changed.getVersion()));
        }
    }

    @Test
    void aBadPeriodTriggerActionOrRecordTypeIsReportedOnItsFieldAndChangesNothing() throws Exception {
        RetentionRule person = schedule.rule(RecordType.PERSON);
        long version = person.getVersion();
        assertEquals(List.of("periodMonths:retention.period.range"), problems(() -> schedule.change("PERSON", "LAST_ACTIVITY", 0, "ANONYMISE", version)));
        assertEquals(List.of("periodMonths:retention.period.range"), problems(() -> schedule.change("PERSON", "LAST_ACTIVITY", -6, "ANONYMISE", version)));
        assertEquals(List.of("periodMonths:retention.period.range"), problems(() -> schedule.change("PERSON", "LAST_ACTIVITY", null, "ANONYMISE", version)));
        assertEquals(List.of("periodMonths:retention.period.range"), problems(() -> schedule.change("PERSON", "LAST_ACTIVITY", 1201, "ANONYMISE", version)));
        // A person is only ever anonymised, from their last activity.
        assertEquals(List.of("trigger:retention.trigger.invalid", "action:retention.action.invalid"),
                problems(() -> schedule.change("PERSON", "CREATED", 12, "DELETE", version)));
        assertEquals(List.of("trigger:retention.trigger.invalid"), problems(() -> schedule.change("PERSON", "NEVER", 12, "ANONYMISE", version)));
        assertEquals(List.of("recordType:retention.recordType.unknown"), problems(() -> schedule.change("PASSPORT", "CREATED", 12, "DELETE", version)));
        assertEquals(List.of("recordType:retention.recordType.unknown"), problems(() -> schedule.change(null, "CREATED", 12, "DELETE", version)));
        RetentionRule after = schedule.rule(RecordType.PERSON);
        assertEquals(List.of(version, 36L), List.of(after.getVersion(), (long) after.getPeriodMonths()));

        assertThrows(EJBAccessException.class, () -> learner.call(() -> schedule.change("PERSON", "LAST_ACTIVITY", 12, "ANONYMISE", version)));
    }

    private static boolean optimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return failure instanceof EJBException e && e.getCausedByException() instanceof jakarta.persistence.OptimisticLockException;
    }

    private List<String> problems(java.util.concurrent.Callable<?> change) {
        RejectedException rejected = assertThrows(RejectedException.class, () -> dpo.call(change));
        return rejected.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
