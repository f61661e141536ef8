package org.learningnetwork.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Anonymises a person in the caller's transaction, so that figures stay right: the person's row, organisation
 * (and so agency and council area), workforce groups, bookings, attendance and learning records stay; their
 * name, work e-mail, phone, job title, line manager, sign-in account, everything they or others wrote about them
 * (learning needs, typed reasons, evidence notes, adjustment reasons), approval links and e-mails go. The new
 * e-mail address is random, so the record cannot be tied back to the person. Used by erasure and the retention
 * sweep; callers check legal holds first. The persistence context is cleared afterwards: entities the caller read
 * before must be read again.
 */
@Dependent
public class PersonAnonymiser {

    /** A reason the application records as a code (e.g. {@code offer.expired}) rather than text someone typed. */
    private static final Pattern REASON_CODE = Pattern.compile("[a-z]+(\\.[a-zA-Z]+)+");

    @PersistenceContext
    private EntityManager em;

    /** Anonymises the person; returns how many rows were changed or removed. */
    public int anonymise(long personId) {
        em.flush();
        int rows = 0;
        rows += update("delete from mail_outbox where recipient = (select p.work_email from person p where p.id = ?1)", personId);
        rows += update("delete from approval_link where manager_person_id = ?1"
                + " or booking_id in (select b.id from booking b where b.person_id = ?1)", personId);
        rows += update("delete from user_account_role where user_account_id in (select a.id from user_account a where a.person_id = ?1)", personId);
        rows += update("delete from user_account where person_id = ?1", personId);
        rows += update("update booking set need = null where person_id = ?1 and need is not null", personId);
        rows += update("update allocation_line set adjustment_reason = null where adjustment_reason is not null"
                + " and booking_id in (select b.id from booking b where b.person_id = ?1)", personId);
        rows += update("update learning_record set note = null where person_id = ?1 and note is not null", personId);
        @SuppressWarnings("unchecked")
        List<Object[]> reasons = em.createNativeQuery("select e.id, e.reason from booking_event e join booking b on b.id = e.booking_id"
                + " where b.person_id = ?1 and e.reason is not null").setParameter(1, personId).getResultList();
        for (Object[] event : reasons) {
            if (!REASON_CODE.matcher((String) event[1]).matches()) {
                rows += em.createNativeQuery("update booking_event set reason = null where id = ?1")
                        .setParameter(1, ((Number) event[0]).longValue()).executeUpdate();
            }
        }
        rows += em.createNativeQuery("update person set given_name = 'Anonymised', family_name = 'person', work_email = ?2,"
                        + " phone = null, job_title = null, line_manager_id = null, active = false, version = version + 1 where id = ?1")
                .setParameter(1, personId).setParameter(2, "anonymised-" + UUID.randomUUID() + "@invalid").executeUpdate();
        // Entities read earlier in the transaction no longer match their rows: the caller reads again.
        em.clear();
        return rows;
    }

    private int update(String sql, long personId) {
        return em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
    }
}
