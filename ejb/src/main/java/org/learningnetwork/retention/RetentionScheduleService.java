package org.learningnetwork.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The retention schedule: one rule per type of record holding personal data. Anyone may read it (the privacy
 * notice is written from it); the data protection officer and administrators change it, each change audited.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class RetentionScheduleService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /** Every rule, in the order of {@link RecordType}. */
    @PermitAll
    public List<RetentionRule> rules() {
        List<RetentionRule> rules = new ArrayList<>(em.createQuery("select r from RetentionRule r", RetentionRule.class).getResultList());
        rules.sort(java.util.Comparator.comparing(RetentionRule::getRecordType));
        return rules;
    }

    /** The rule for one type of record. */
    @PermitAll
    public RetentionRule rule(RecordType type) {
        return em.createQuery("select r from RetentionRule r where r.recordType = :type", RetentionRule.class)
                .setParameter("type", type).getSingleResult();
    }

    /**
     * Changes the rule for a type of record (given by its code, as a form or a client sends it), read at
     * {@code version}: the trigger and action must be ones the type allows, the period 1 to 1,200 months. Each
     * problem is reported on its field ({@code recordType}, {@code trigger}, {@code periodMonths}, {@code action});
     * a rule changed by someone else since it was read is refused as a concurrent change.
     */
    public RetentionRule change(String recordType, String trigger, Integer periodMonths, String action, long version)
            throws RejectedException {
        RecordType type = parse(RecordType.class, recordType);
        if (type == null) {
            throw new RejectedException("recordType", "retention.recordType.unknown");
        }
        List<Problem> problems = new ArrayList<>();
        RetentionTrigger when = parse(RetentionTrigger.class, trigger);
        if (when == null || !type.getTriggers().contains(when)) {
            problems.add(new Problem("trigger", "retention.trigger.invalid"));
        }
        if (periodMonths == null || periodMonths < 1 || periodMonths > RetentionRule.MAX_MONTHS) {
            problems.add(new Problem("periodMonths", "retention.period.range"));
        }
        RetentionAction then = parse(RetentionAction.class, action);
        if (then == null || !type.getActions().contains(then)) {
            problems.add(new Problem("action", "retention.action.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        RetentionRule rule = rule(type);
        if (rule.getVersion() != version) {
            throw new OptimisticLockException("The retention rule has changed since it was read");
        }
        rule.change(when, periodMonths, then);
        em.flush();
        audit.record(AuditAction.CHANGED, "RetentionRule", rule.getId(), type.name());
        return rule;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
