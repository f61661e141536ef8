package org.learningnetwork.retention;

import java.util.List;
import java.util.Map;

/**
 * One table a retention rule sweeps, as SQL. The sweep first cuts the rows that a cheap condition on the table alone
 * picks into windows in id order ({@code windows}: the last id of every {@code (:size)}-th row, and of the last
 * row); a batch is the window after {@code ?1} up to {@code ?4}. Within that range, set-based statements count (dry
 * run) or act on the rows that are due — past the rule's period and under no legal hold — each statement choosing
 * them afresh ({@code (:due)}), so that no list of ids is sent and every check is an index lookup within the range.
 * The held query counts the rows due but held. The cutoff instant is {@code ?2} and its UK date {@code ?3};
 * {@code (:codes)} are the reason codes kept on booking events. People have no actions here: the sweep selects
 * those due ({@code due}) and {@link PersonAnonymiser}, shared with erasure, anonymises them.
 */
record RetentionTarget(String windows, String due, String count, String held, List<String> actions) {

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
            // A member of a running set, or someone who attended or facilitated one of its meetings since, is active.
            + " and not exists (select 1 from set_member m join learning_set s on s.id = m.learning_set_id"
            + "     where m.person_id = p.id and m.status = 'MEMBER' and s.closed_on is null)"
            + " and not exists (select 1 from set_attendance a join set_meeting g on g.id = a.set_meeting_id"
            + "     where a.person_id = p.id and g.starts_at >= ?2)"
            + " and not exists (select 1 from learning_set_facilitator f join learning_set s on s.id = f.learning_set_id"
            + "     where f.person_id = p.id and s.closed_on is null)"
            // A request the data protection officer has still to answer or decide keeps the person as they are.
            + " and not exists (select 1 from subject_access_request q where q.person_id = p.id and q.answered_at is null)"
            + " and not exists (select 1 from erasure_request q where q.person_id = p.id and q.status = 'OPEN')";

    /** The booking {@code b} is of a session that ended before the cutoff. */
    private static final String BOOKING_ENDED = "exists (select 1 from course_session s where s.id = b.session_id and s.ends_at < ?2)";

    private static final String ALLOCATION_HELD = "exists (select 1 from allocation_line l join booking b on b.id = l.booking_id"
            + " where l.allocation_id = a.id and " + heldPerson("b.person_id") + ")";

    private static final String MAIL_HELD = "(exists (select 1 from booking b where b.id = m.booking_id and "
            + heldPerson("b.person_id") + ") or exists (select 1 from person p where p.work_email = m.recipient and "
            + heldPerson("p.id") + "))";

    private static final String LINK_HELD = "(" + heldPerson("l.manager_person_id") + " or exists (select 1 from booking b"
            + " where b.id = l.booking_id and " + heldPerson("b.person_id") + "))";

    private static final String CODES = "(:codes)";

    /** The evaluation answer {@code a} (of response {@code r}) was given by someone under a legal hold. */
    private static final String ANSWER_HELD = "exists (select 1 from evaluation_request q where q.id = r.request_id and "
            + heldPerson("q.respondent_person_id") + ")";

    private static final Map<RecordType, List<RetentionTarget>> TARGETS = Map.ofEntries(
            Map.entry(RecordType.PERSON, List.of(target("person p", "", "p.anonymised_at is null and p.changed_at < ?2", PERSON_DUE,
                    heldPerson("p.id"), List.of()))),
            // Typed text on bookings, their events and allocation lines, each a part (reason codes are kept: they
            // are not personal data); each field cleared counts once.
            Map.entry(RecordType.BOOKING_TEXT, List.of(
                    target("booking b", "", "b.need is not null", BOOKING_ENDED, heldPerson("b.person_id"),
                            List.of("update booking set need = null where id in (:due)")),
                    target("booking_event e", " join booking b on b.id = e.booking_id",
                            "e.reason is not null and e.reason not in " + CODES, BOOKING_ENDED, heldPerson("b.person_id"),
                            List.of("update booking_event set reason = null where id in (:due)")),
                    target("allocation_line l", " join booking b on b.id = l.booking_id", "l.adjustment_reason is not null",
                            BOOKING_ENDED, heldPerson("b.person_id"),
                            List.of("update allocation_line set adjustment_reason = null where id in (:due)")))),
            Map.entry(RecordType.BOOKING_ADJUSTMENTS, List.of(target("booking b", "", "b.adjustments is not null", BOOKING_ENDED,
                    heldPerson("b.person_id"), List.of("update booking set adjustments = null where id in (:due)")))),
            Map.entry(RecordType.ALLOCATION, List.of(target("allocation a", " join course_session s on s.id = a.session_id", "1 = 1",
                    "s.ends_at < ?2", ALLOCATION_HELD,
                    List.of("delete from allocation_line where allocation_id in (:due)", "delete from allocation where id in (:due)")))),
            Map.entry(RecordType.APPROVAL_LINK, List.of(target("approval_link l", "", "l.created_at < ?2", "1 = 1", LINK_HELD,
                    List.of("delete from approval_link where id in (:due)")))),
            Map.entry(RecordType.BOOKING_LINK, List.of(target("cancel_link l", "", "l.created_at < ?2", "1 = 1",
                    "exists (select 1 from booking b where b.id = l.booking_id and " + heldPerson("b.person_id") + ")",
                    List.of("delete from cancel_link where id in (:due)")))),
            Map.entry(RecordType.ACCOUNT_LINK, List.of(target("account_link l", "", "l.created_at < ?2", "1 = 1",
                    "exists (select 1 from user_account a where a.id = l.user_account_id and " + heldPerson("a.person_id") + ")",
                    List.of("delete from account_link where id in (:due)")))),
            Map.entry(RecordType.TRUSTED_DEVICE, List.of(target("trusted_device d", "", "d.created_at < ?2", "1 = 1",
                    "exists (select 1 from user_account a where a.id = d.user_account_id and " + heldPerson("a.person_id") + ")",
                    List.of("delete from trusted_device where id in (:due)")))),
            // The lines of an import go with it (on delete cascade).
            Map.entry(RecordType.HR_IMPORT, List.of(target("hr_import i", "", "i.uploaded_at < ?2", "1 = 1",
                    "exists (select 1 from hr_import_line l where l.hr_import_id = i.id and " + heldPerson("l.person_id") + ")",
                    List.of("delete from hr_import_line where hr_import_id in (:due)", "delete from hr_import where id in (:due)")))),
            Map.entry(RecordType.MAIL_OUTBOX, List.of(target("mail_outbox m", "", "m.created_at < ?2", "1 = 1", MAIL_HELD,
                    List.of("delete from mail_outbox where id in (:due)")))),
            Map.entry(RecordType.DATA_PROTECTION_CASE, List.of(
                    closedCase("legal_hold", "c.released_at < ?2"),
                    closedCase("erasure_request", "c.decided_at < ?2"),
                    closedCase("subject_access_request", "c.answered_at < ?2"))),
            // Answers about a session go by the session's end; about self-guided learning, by the day they were given.
            Map.entry(RecordType.EVALUATION_TEXT, List.of(target("evaluation_answer a", " join evaluation_response r on r.id = a.response_id",
                    "a.text is not null", "(exists (select 1 from course_session s where s.id = r.session_id and s.ends_at < ?2)"
                            + " or (r.session_id is null and r.submitted_on < ?3))",
                    ANSWER_HELD, List.of("update evaluation_answer set text = null where id in (:due)")))),
            Map.entry(RecordType.DISTRIBUTION_LIST, List.of(target("distribution_member m", "", "m.withdrawn_at < ?2", "1 = 1",
                    heldPerson("m.person_id"), List.of("delete from distribution_leave_link where member_id in (:due)",
                            "delete from distribution_member where id in (:due)")))),
            // Requests about a booking go by the session's end; about self-guided learning, by the day it was done.
            Map.entry(RecordType.EVALUATION_REQUEST, List.of(
                    target("evaluation_request q", " join booking b on b.id = q.booking_id", "q.booking_id is not null",
                            BOOKING_ENDED, "(" + heldPerson("q.respondent_person_id") + " or " + heldPerson("b.person_id") + ")",
                            List.of("update evaluation_response set request_id = null where request_id in (:due)",
                                    "delete from evaluation_request where id in (:due)")),
                    target("evaluation_request q", " join learning_record lr on lr.id = q.learning_record_id",
                            "q.learning_record_id is not null", "lr.completed_on < ?3", heldPerson("q.respondent_person_id"),
                            List.of("update evaluation_response set request_id = null where request_id in (:due)",
                                    "delete from evaluation_request where id in (:due)")),
                    // A set's questionnaire goes by the day it closed (answered or not).
                    target("evaluation_request q", "", "q.set_member_id is not null", "q.closes_at < ?2", heldPerson("q.respondent_person_id"),
                            List.of("update evaluation_response set request_id = null where request_id in (:due)",
                                    "delete from evaluation_request where id in (:due)")))),
            Map.entry(RecordType.LEARNING_NEED, List.of(target("learning_need n", "", "n.closed_at < ?2", "1 = 1",
                    heldPerson("n.person_id"), List.of("delete from learning_need where id in (:due)")))),
            // An author's part in a set ended when the set closed, or (a member) when they left it and have not rejoined.
            Map.entry(RecordType.REFLECTIVE_LOG, List.of(target("reflective_log_entry e", "", "1 = 1",
                    "(exists (select 1 from learning_set s where s.id = e.learning_set_id and s.closed_on < ?3)"
                            + " or exists (select 1 from set_member m where m.learning_set_id = e.learning_set_id"
                            + " and m.person_id = e.author_person_id and m.status = 'LEFT' and m.left_on < ?3)"
                            + " and not exists (select 1 from learning_set_facilitator f where f.learning_set_id = e.learning_set_id"
                            + " and f.person_id = e.author_person_id))",
                    heldPerson("e.author_person_id"), List.of("delete from reflective_log_entry where id in (:due)")))));

    private static RetentionTarget closedCase(String table, String closedBefore) {
        return target(table + " c", "", closedBefore, "1 = 1", heldPerson("c.person_id"), List.of("delete from " + table
                + " where id in (:due)"));
    }

    /**
     * A target on {@code table} (with its alias, e.g. {@code booking b}), joined to {@code joins} for the checks:
     * {@code cheap} picks, on the table alone, the rows cut into windows, {@code due} and not {@code held} the rows to act on.
     */
    private static RetentionTarget target(String table, String joins, String cheap, String due, String held, List<String> actions) {
        String alias = table.substring(table.indexOf(' ') + 1);
        String inRange = " from " + table + joins + " where " + alias + ".id > ?1 and " + alias + ".id <= ?4 and " + cheap
                + " and " + due + " and not " + held;
        String selectDue = "select " + alias + ".id" + inRange;
        String dueIds = "(" + selectDue + ")";
        String cheapRows = "select " + alias + ".id as id, row_number() over (order by " + alias + ".id) as n, count(*) over () as total"
                + " from " + table + " where " + cheap;
        return new RetentionTarget("select x.id from (" + cheapRows + ") x where mod(x.n, (:size)) = 0 or x.n = x.total order by x.id",
                selectDue,
                "select count(*)" + inRange,
                "select count(*) from " + table + joins + " where " + cheap + " and " + due + " and " + held,
                actions.stream().map(action -> action.replace("(:due)", dueIds)).toList());
    }

    /** The tables a rule sweeps; none for the audit log, which {@code AuditLog} trims from its oldest entry. */
    static List<RetentionTarget> of(RecordType type) {
        return TARGETS.getOrDefault(type, List.of());
    }
}
