package org.learningnetwork.retention;

import java.util.List;
import java.util.Map;

/**
 * One table a retention rule sweeps, as SQL. A batch is a window of the table's rows in id order after {@code ?1}
 * (the last id of the window before, so batches walk the table once) that a cheap, indexed condition picks; of
 * those ({@code (:ids)}), the due query keeps the ones past the rule's period and under no legal hold (bounded, so
 * its checks are index lookups per row, whatever the table's size). The held query counts the rows due but held.
 * The cutoff instant is {@code ?2} and its UK date {@code ?3}. The actions are what is done to the due rows of a
 * batch; the person anonymisation is not SQL here but {@link PersonAnonymiser}, shared with erasure.
 */
record RetentionTarget(String table, String window, String due, String held, List<String> actions) {

    /** A legal hold in place on the person whose id is {@code column}. */
    private static String heldPerson(String column) {
        return "exists (select 1 from legal_hold h where h.person_id = " + column + " and h.released_at is null)";
    }

    /** Everything that counts as the person {@code p} being active at or after the cutoff. */
    private static final String PERSON_DUE = "p.anonymised_at is null and p.changed_at < ?2"
            + " and not exists (select 1 from user_account a where a.person_id = p.id and a.last_sign_in_at >= ?2)"
            + " and not exists (select 1 from booking b join course_session s on s.id = b.session_id"
            + "     where b.person_id = p.id and (b.applied_at >= ?2 or s.ends_at >= ?2))"
            + " and not exists (select 1 from booking_event e join booking b on b.id = e.booking_id"
            + "     where b.person_id = p.id and e.occurred_at >= ?2)"
            + " and not exists (select 1 from booking_event e where e.actor_person_id = p.id and e.occurred_at >= ?2)"
            + " and not exists (select 1 from learning_record r where r.person_id = p.id and r.completed_on >= ?3)"
            + " and not exists (select 1 from session_facilitator f join course_session s on s.id = f.session_id"
            + "     where f.person_id = p.id and s.ends_at >= ?2)"
            // A request the data protection officer has still to answer or decide keeps the person as they are.
            + " and not exists (select 1 from subject_access_request q where q.person_id = p.id and q.answered_at is null)"
            + " and not exists (select 1 from erasure_request q where q.person_id = p.id and q.status = 'OPEN')";

    /** The booking {@code b} is of a session that ended before the cutoff, and no legal hold covers its person. */
    private static final String BOOKING_ENDED = "exists (select 1 from course_session s where s.id = b.session_id and s.ends_at < ?2)"
            + " and not exists (select 1 from legal_hold h where h.person_id = b.person_id and h.released_at is null)";

    private static final String BOOKING_ENDED_HELD = "exists (select 1 from course_session s where s.id = b.session_id and s.ends_at < ?2)"
            + " and exists (select 1 from legal_hold h where h.person_id = b.person_id and h.released_at is null)";

    private static final String ALLOCATION_HELD = "exists (select 1 from allocation_line l join booking b on b.id = l.booking_id"
            + " where l.allocation_id = a.id and " + heldPerson("b.person_id") + ")";

    private static final String MAIL_HELD = "(exists (select 1 from booking b where b.id = m.booking_id and "
            + heldPerson("b.person_id") + ") or exists (select 1 from person p where p.work_email = m.recipient and "
            + heldPerson("p.id") + "))";

    private static final String LINK_HELD = "(" + heldPerson("l.manager_person_id") + " or exists (select 1 from booking b"
            + " where b.id = l.booking_id and " + heldPerson("b.person_id") + "))";

    private static final Map<RecordType, List<RetentionTarget>> TARGETS = Map.of(
            RecordType.PERSON, List.of(new RetentionTarget("person",
                    "select p.id from person p where p.id > ?1 and p.anonymised_at is null and p.changed_at < ?2 order by p.id",
                    "select p.id from person p where p.id in (:ids) and " + PERSON_DUE + " and not " + heldPerson("p.id") + " order by p.id",
                    "select count(*) from person p where " + PERSON_DUE + " and " + heldPerson("p.id"),
                    List.of())),
            // Typed text on bookings, their events and allocation lines, each a part (reason codes are kept: they
            // are not personal data); each field cleared counts once.
            RecordType.BOOKING_TEXT, List.of(
                    new RetentionTarget("booking",
                            "select b.id from booking b join course_session s on s.id = b.session_id"
                                    + " where b.id > ?1 and b.need is not null and s.ends_at < ?2 order by b.id",
                            "select b.id from booking b where b.id in (:ids) and " + BOOKING_ENDED + " order by b.id",
                            "select count(*) from booking b where b.need is not null and " + BOOKING_ENDED_HELD,
                            List.of("update booking set need = null where id in (:ids)")),
                    new RetentionTarget("booking_event",
                            "select e.id from booking_event e join booking b on b.id = e.booking_id"
                                    + " join course_session s on s.id = b.session_id where e.id > ?1 and e.reason is not null"
                                    + " and e.reason not in (:codes) and s.ends_at < ?2 order by e.id",
                            "select e.id from booking_event e join booking b on b.id = e.booking_id where e.id in (:ids) and "
                                    + BOOKING_ENDED + " order by e.id",
                            "select count(*) from booking_event e join booking b on b.id = e.booking_id where e.reason is not null"
                                    + " and e.reason not in (:codes) and " + BOOKING_ENDED_HELD,
                            List.of("update booking_event set reason = null where id in (:ids)")),
                    new RetentionTarget("allocation_line",
                            "select l.id from allocation_line l join booking b on b.id = l.booking_id"
                                    + " join course_session s on s.id = b.session_id where l.id > ?1 and l.adjustment_reason is not null"
                                    + " and s.ends_at < ?2 order by l.id",
                            "select l.id from allocation_line l join booking b on b.id = l.booking_id where l.id in (:ids) and "
                                    + BOOKING_ENDED + " order by l.id",
                            "select count(*) from allocation_line l join booking b on b.id = l.booking_id"
                                    + " where l.adjustment_reason is not null and " + BOOKING_ENDED_HELD,
                            List.of("update allocation_line set adjustment_reason = null where id in (:ids)"))),
            RecordType.ALLOCATION, List.of(new RetentionTarget("allocation",
                    "select a.id from allocation a where a.id > ?1 order by a.id",
                    "select a.id from allocation a join course_session s on s.id = a.session_id where a.id in (:ids) and s.ends_at < ?2"
                            + " and not " + ALLOCATION_HELD + " order by a.id",
                    "select count(*) from allocation a join course_session s on s.id = a.session_id where s.ends_at < ?2 and "
                            + ALLOCATION_HELD,
                    List.of("delete from allocation_line where allocation_id in (:ids)", "delete from allocation where id in (:ids)"))),
            RecordType.APPROVAL_LINK, List.of(new RetentionTarget("approval_link",
                    "select l.id from approval_link l where l.id > ?1 and l.created_at < ?2 order by l.id",
                    "select l.id from approval_link l where l.id in (:ids) and not " + LINK_HELD + " order by l.id",
                    "select count(*) from approval_link l where l.created_at < ?2 and " + LINK_HELD,
                    List.of("delete from approval_link where id in (:ids)"))),
            RecordType.MAIL_OUTBOX, List.of(new RetentionTarget("mail_outbox",
                    "select m.id from mail_outbox m where m.id > ?1 and m.created_at < ?2 order by m.id",
                    "select m.id from mail_outbox m where m.id in (:ids) and not " + MAIL_HELD + " order by m.id",
                    "select count(*) from mail_outbox m where m.created_at < ?2 and " + MAIL_HELD,
                    List.of("delete from mail_outbox where id in (:ids)"))),
            RecordType.DATA_PROTECTION_CASE, List.of(
                    closedCase("legal_hold", "c.released_at < ?2"),
                    closedCase("erasure_request", "c.decided_at < ?2"),
                    closedCase("subject_access_request", "c.answered_at < ?2")),
            RecordType.DISTRIBUTION_LIST, List.of(new RetentionTarget("distribution_member",
                    "select m.id from distribution_member m where m.id > ?1 and m.withdrawn_at < ?2 order by m.id",
                    "select m.id from distribution_member m where m.id in (:ids) and not " + heldPerson("m.person_id") + " order by m.id",
                    "select count(*) from distribution_member m where m.withdrawn_at < ?2 and " + heldPerson("m.person_id"),
                    List.of("delete from distribution_leave_link where member_id in (:ids)",
                            "delete from distribution_member where id in (:ids)"))));

    private static RetentionTarget closedCase(String table, String closedBefore) {
        return new RetentionTarget(table,
                "select c.id from " + table + " c where c.id > ?1 and " + closedBefore + " order by c.id",
                "select c.id from " + table + " c where c.id in (:ids) and not " + heldPerson("c.person_id") + " order by c.id",
                "select count(*) from " + table + " c where " + closedBefore + " and " + heldPerson("c.person_id"),
                List.of("delete from " + table + " where id in (:ids)"));
    }

    /** The tables a rule sweeps; none for the audit log, which {@code AuditLog} trims from its oldest entry. */
    static List<RetentionTarget> of(RecordType type) {
        return TARGETS.getOrDefault(type, List.of());
    }
}
