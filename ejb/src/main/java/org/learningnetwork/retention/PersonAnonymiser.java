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

/**
 * Anonymises people in the caller's transaction, so that figures stay right: each person's row, organisation
 * (and so agency and council area), workforce groups, bookings, attendance and learning records stay; their
 * name, work e-mail, phone, job title, line manager, sign-in account, everything they or others wrote about them
 * (learning needs, typed reasons, evidence notes, adjustment reasons), approval links, e-mails about them and their
 * place on the distribution list (with the consent given) go.
 * The row is marked anonymised, and its e-mail address becomes one made from the row's own number, which says
 * nothing of the person. Used by erasure (one person) and the retention sweep (a batch, a few statements for all
 * of it); callers check legal holds first. The persistence context is cleared afterwards: entities the caller
 * read before must be read again.
 */
@Dependent
public class PersonAnonymiser {

    /** The most people one call anonymises: the statements list them. */
    public static final int MAX_BATCH = 1000;

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
        return apply(idList(personIds), now);
    }

    /**
     * Anonymises the people with ids after {@code after} up to {@code last} whom the retention sweep has just marked
     * anonymised at {@code marker}; returns how many rows were changed or removed.
     */
    int anonymiseMarked(long after, long last, Instant marker) {
        return apply("(select p.id from person p where p.id > " + after + " and p.id <= " + last + " and p.anonymised_at = ?1)", marker);
    }

    /** Anonymises the people {@code people} selects (a list or a subquery, which may use {@code ?1}: {@code now}). */
    private int apply(String people, Instant now) {
        em.flush();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String bookings = "(select b.id from booking b where b.person_id in " + people + ")";
        int rows = 0;
        rows += update("delete from mail_outbox where recipient in (select p.work_email from person p where p.id in " + people
                + ") or booking_id in " + bookings, at);
        rows += update("delete from approval_link where manager_person_id in " + people + " or booking_id in " + bookings, at);
        rows += update("delete from user_account_role where user_account_id in (select a.id from user_account a where a.person_id in "
                + people + ")", at);
        rows += update("delete from user_account where person_id in " + people, at);
        String memberships = "(select m.id from distribution_member m where m.person_id in " + people + ")";
        rows += update("delete from distribution_leave_link where member_id in " + memberships, at);
        rows += update("delete from distribution_member where person_id in " + people, at);
        rows += update("update booking set need = null where need is not null and person_id in " + people, at);
        rows += update("update allocation_line set adjustment_reason = null where adjustment_reason is not null and booking_id in "
                + bookings, at);
        rows += update("update learning_record set note = null where note is not null and person_id in " + people, at);
        rows += update("update evaluation_answer set text = null where text is not null and response_id in (select r.id from"
                + " evaluation_response r join evaluation_request q on q.id = r.request_id where q.respondent_person_id in " + people + ")", at);
        List<String> codes = List.copyOf(BookingEvent.REASON_CODES);
        Query reasons = em.createNativeQuery("update booking_event set reason = null where reason is not null"
                + " and reason not in " + placeholders(codes.size(), 2) + " and booking_id in " + bookings);
        reasons.setParameter(1, at);
        bind(reasons, codes, 2);
        rows += reasons.executeUpdate();
        rows += update("update person set given_name = 'Anonymised', family_name = 'person',"
                + " work_email = concat('anonymised-', concat(cast(id as varchar(20)), '@invalid')), phone = null,"
                + " job_title = null, line_manager_id = null, active = false, anonymised_at = ?1, version = version + 1"
                + " where id in " + people, at);
        // Entities read earlier in the transaction no longer match their rows: the caller reads again.
        em.clear();
        return rows;
    }

    private int update(String sql, OffsetDateTime at) {
        return em.createNativeQuery(sql).setParameter(1, at).executeUpdate();
    }

    /**
     * {@code (1, 2, 3)}: record ids written into a statement rather than bound, each a number formatted from a
     * {@code long}, so nothing else can get in. Bound, a thousand of them cost the persistence provider more than
     * the statement costs the database (it looks each parameter up by name among all the others).
     */
    static String idList(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", ", "(", ")"));
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
