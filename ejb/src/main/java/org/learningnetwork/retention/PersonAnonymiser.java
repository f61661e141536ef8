package org.learningnetwork.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.learningnetwork.booking.BookingEvent;
import org.learningnetwork.security.Callers;

/**
 * Anonymises people in the caller's transaction, so that figures stay right: each person's row, organisation
 * (and so agency and council area), workforce groups, bookings, attendance and learning records stay; their
 * name, work e-mail, phone, job title, line manager, sign-in account, everything they or others wrote about them
 * (learning needs, typed reasons, evidence notes, adjustment reasons, reflective logs), approval links, e-mails about them and their
 * place on the distribution list (with the consent given) and their addresses on committees' lists go.
 * The row is marked anonymised, and its e-mail address becomes one made from the row's own number, which says
 * nothing of the person. Used by erasure (one person) and the retention sweep (a batch, a few statements for all
 * of it); callers check legal holds first. The persistence context is cleared afterwards: entities the caller
 * read before must be read again.
 */
@Dependent
public class PersonAnonymiser {

    /** The most people one call anonymises (as many as a batch of the retention sweep may hold). */
    public static final int MAX_BATCH = RetentionSweep.MAX_BATCH_SIZE;

    @PersistenceContext
    private EntityManager em;

    /** Anonymises one person; returns how many rows were changed or removed. */
    public int anonymise(long personId) {
        return anonymise(List.of(personId), Instant.now());
    }

    /** Anonymises the people (at most {@link #MAX_BATCH}) at {@code now}; returns how many rows were changed or removed. */
    public int anonymise(Collection<Long> personIds, Instant now) {
        if (personIds.isEmpty()) {
            return 0;
        }
        if (personIds.size() > MAX_BATCH) {
            throw new IllegalArgumentException("At most " + MAX_BATCH + " people at once");
        }
        return apply(personIds.toArray(Long[]::new), now);
    }

    /**
     * Anonymises the people {@code people} (bound as one array, {@code ?2}: a statement listing them instead costs
     * the database more to read and plan than to run) at {@code now} ({@code ?1}).
     */
    private int apply(Long[] people, Instant now) {
        em.flush();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String bookings = "(select b.id from booking b where b.person_id = any(?2))";
        int rows = 0;
        rows += update("delete from mail_outbox where recipient in (select p.work_email from person p where p.id = any(?2))"
                + " or booking_id in " + bookings, at, people);
        rows += update("delete from approval_link where manager_person_id = any(?2) or booking_id in " + bookings, at, people);
        rows += update("delete from cancel_link where booking_id in " + bookings, at, people);
        // Off every committee's list, by the link and by the address (added before the person was in the workforce).
        rows += update("delete from committee_recipient where person_id = any(?2)"
                + " or email in (select p.work_email from person p where p.id = any(?2))", at, people);
        // Their roles go with the accounts (the foreign key cascades).
        rows += update("delete from user_account where person_id = any(?2)", at, people);
        Callers.forgetRemembered();
        rows += update("delete from distribution_leave_link where member_id in"
                + " (select m.id from distribution_member m where m.person_id = any(?2))", at, people);
        rows += update("delete from distribution_member where person_id = any(?2)", at, people);
        rows += update("delete from pathway_reminder where person_id = any(?2)", at, people);
        rows += update("delete from learning_need where person_id = any(?2)", at, people);
        rows += update("delete from own_learning where person_id = any(?2)", at, people);
        rows += update("delete from reflective_log_entry where author_person_id = any(?2)", at, people);
        rows += update("delete from person_qualification where person_id = any(?2)", at, people);
        rows += update("delete from prior_learning_credit where person_id = any(?2)", at, people);
        String registrations = "(select r.id from registration r where r.person_id = any(?2))";
        rows += update("delete from registration_alert where registration_id in " + registrations, at, people);
        rows += update("delete from registration_condition where registration_id in " + registrations, at, people);
        rows += update("delete from registration where person_id = any(?2)", at, people);
        rows += update("delete from team_request_member where person_id = any(?2)", at, people);
        rows += update("delete from team_request where manager_id = any(?2)", at, people);
        rows += update("delete from team_summary_sent where manager_id = any(?2)", at, people);
        rows += update("delete from calendar_service_manager where person_id = any(?2)", at, people);
        rows += update("update booking set need = null where need is not null and person_id = any(?2)", at, people);
        rows += update("update allocation_line set adjustment_reason = null where adjustment_reason is not null and booking_id in "
                + bookings, at, people);
        rows += update("update learning_record set note = null, reflection = null where (note is not null or reflection is not null)"
                + " and person_id = any(?2)", at, people);
        rows += update("update evaluation_answer set text = null where text is not null and response_id in (select r.id from"
                + " evaluation_response r join evaluation_request q on q.id = r.request_id where q.respondent_person_id = any(?2))",
                at, people);
        List<String> codes = List.copyOf(BookingEvent.REASON_CODES);
        // coalesce, though the reason is not null: PostgreSQL estimates "reason not in (codes)" by multiplying the
        // share of nulls in once per code, takes the events with typed reasons for a handful and reads them all
        // (a whole-table scan per batch of the sweep); it makes no such guess about an expression.
        Query reasons = em.createNativeQuery("update booking_event set reason = null where reason is not null"
                + " and coalesce(reason, '') not in " + placeholders(codes.size(), 3) + " and booking_id in " + bookings);
        reasons.setParameter(1, at);
        reasons.setParameter(2, people);
        bind(reasons, codes, 3);
        rows += reasons.executeUpdate();
        rows += update("update person set given_name = 'Anonymised', family_name = 'person',"
                + " work_email = concat('anonymised-', concat(cast(id as varchar(20)), '@invalid')), phone = null,"
                + " job_title = null, line_manager_id = null, employee_number = null, started_on = null, left_on = null, active = false, anonymised_at = ?1, version = version + 1"
                + " where id = any(?2)", at, people);
        // Entities read earlier in the transaction no longer match their rows: the caller reads again.
        em.clear();
        return rows;
    }

    private int update(String sql, OffsetDateTime at, Long[] people) {
        return em.createNativeQuery(sql).setParameter(1, at).setParameter(2, people).executeUpdate();
    }

    /** {@code (?first, ?first+1, ...)} for {@code count} values. */
    static String placeholders(int count, int first) {
        return java.util.stream.IntStream.range(first, first + count).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    static void bind(Query query, List<?> values, int first) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
    }
}
