package org.learningnetwork.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditEntry;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;

/**
 * The audit log as the data protection officer reads it: who did what to whom, by name. The entries hold no personal
 * data (an account's number, a record's type and number); the names are looked up when the log is read, so an
 * anonymised person reads as anonymised. Filtered by the person concerned (their own actions and everything done to
 * their records, as their subject access copy selects them), by day and by action, and read a page at a time.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class AuditTrail {

    /** What to show: the person concerned (a work e-mail address), the first and last day, an action; each optional. */
    public record Filter(String person, LocalDate from, LocalDate to, AuditAction action) {

        /** No filter: every entry. */
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** An entry with who acted and what it was done to, in words. */
    public record Line(AuditEntry entry, String actor, String target) {
    }

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    /** A page of the entries the filter picks, newest first; an unknown person or a last day before the first is refused. */
    public Page<Line> lines(Filter filter, PageRequest page) throws RejectedException {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Query ids = em.createNativeQuery("select e.id from audit_entry e" + where + " order by e.id desc");
        Query count = em.createNativeQuery("select count(*) from audit_entry e" + where);
        for (int i = 0; i < parameters.size(); i++) {
            ids.setParameter(i + 1, parameters.get(i));
            count.setParameter(i + 1, parameters.get(i));
        }
        List<Long> pageIds = ((List<?>) ids.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        List<AuditEntry> entries = em.createQuery("select e from AuditEntry e where e.id in :ids order by e.id desc", AuditEntry.class)
                .setParameter("ids", pageIds).getResultList();
        Map<Long, String> actors = actors(entries.stream().map(AuditEntry::getActorAccountId).filter(id -> id != null).collect(Collectors.toSet()));
        Names names = new Names(em);
        List<Line> lines = new ArrayList<>();
        for (AuditEntry entry : entries) {
            String actor = entry.getActorAccountId() == null ? null : actors.getOrDefault(entry.getActorAccountId(), null);
            lines.add(new Line(entry, actor, names.target(entry.getTargetType(), entry.getTargetId())));
        }
        return new Page<>(lines, total);
    }

    /** Refuses a filter naming nobody known, or ending before it starts, before any page is read. */
    public void check(Filter filter) throws RejectedException {
        where(filter, new ArrayList<>());
    }

    private String where(Filter filter, List<Object> parameters) throws RejectedException {
        List<String> conditions = new ArrayList<>();
        List<RejectedException.Problem> problems = new ArrayList<>();
        if (filter.person() != null && !filter.person().isBlank()) {
            String email = filter.person().strip().toLowerCase(Locale.ROOT);
            List<?> found = em.createNativeQuery("select p.id from person p where lower(p.work_email) = ?1").setParameter(1, email)
                    .getResultList();
            long person = found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
            if (found.isEmpty()) {
                problems.add(new RejectedException.Problem("person", "audit.filter.person.unknown"));
            }
            // The same entries a subject access copy gives the person: theirs, and those about their records.
            PersonalData.PersonalTable table = PersonalData.get().personalTables().stream().filter(t -> t.name().equals("audit_entry"))
                    .findFirst().orElseThrow();
            String condition = table.condition();
            StringBuilder numbered = new StringBuilder();
            for (char c : condition.toCharArray()) {
                if (c == '?') {
                    parameters.add(person);
                    numbered.append('?').append(parameters.size());
                } else {
                    numbered.append(c);
                }
            }
            conditions.add("(" + numbered + ")");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            problems.add(new RejectedException.Problem("to", "audit.filter.to.beforeFrom"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        if (filter.from() != null) {
            parameters.add(java.sql.Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
            conditions.add("e.occurred_at >= ?" + parameters.size());
        }
        if (filter.to() != null) {
            parameters.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
            conditions.add("e.occurred_at < ?" + parameters.size());
        }
        if (filter.action() != null) {
            parameters.add(filter.action().name());
            conditions.add("e.action = ?" + parameters.size());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The accounts' names: the person's full name and the username, or the username alone. */
    private Map<Long, String> actors(Set<Long> accounts) {
        Map<Long, String> names = new HashMap<>();
        if (accounts.isEmpty()) {
            return names;
        }
        List<?> rows = em.createNativeQuery("select a.id, a.username, p.given_name, p.family_name from user_account a"
                + " left join person p on p.id = a.person_id where a.id in (" + accounts.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String person = r[2] == null ? null : (r[2] + " " + r[3]).strip();
            names.put(((Number) r[0]).longValue(), person == null ? String.valueOf(r[1]) : person + " (" + r[1] + ")");
        }
        return names;
    }

    /** What a record is, in words: a person's name, a course's title ...; its type and number for the others. */
    static final class Names {

        private final EntityManager em;

        Names(EntityManager em) {
            this.em = em;
        }

        String target(String type, Long id) {
            if (id == null) {
                return null;
            }
            String sql = switch (type) {
                case "Person" -> "select given_name || ' ' || family_name from person where id = ?1";
                case "UserAccount" -> "select coalesce(p.given_name || ' ' || p.family_name || ' (' || a.username || ')', a.username)"
                        + " from user_account a left join person p on p.id = a.person_id where a.id = ?1";
                case "LegalHold", "ErasureRequest", "SubjectAccessRequest" -> "select p.given_name || ' ' || p.family_name from "
                        + table(type) + " t join person p on p.id = t.person_id where t.id = ?1";
                case "LearningRecord", "OwnLearning" -> "select p.given_name || ' ' || p.family_name from " + table(type)
                        + " t join person p on p.id = t.person_id where t.id = ?1";
                case "Booking" -> "select p.given_name || ' ' || p.family_name || ', ' || c.title from booking b join person p"
                        + " on p.id = b.person_id join course_session s on s.id = b.session_id join course c on c.id = s.course_id where b.id = ?1";
                case "Course" -> "select title from course where id = ?1";
                case "CourseSession" -> "select c.title from course_session s join course c on c.id = s.course_id where s.id = ?1";
                case "Organisation" -> "select name from organisation where id = ?1";
                case "Venue" -> "select name from venue where id = ?1";
                case "VenueRoom" -> "select v.name || ': ' || r.name from venue_room r join venue v on v.id = r.venue_id where r.id = ?1";
                case "CommitteeRecipient" -> "select email from committee_recipient where id = ?1";
                default -> null;
            };
            if (sql == null) {
                return null;
            }
            List<?> found = em.createNativeQuery(sql).setParameter(1, id).getResultList();
            return found.isEmpty() || found.get(0) == null ? null : String.valueOf(found.get(0));
        }

        private static String table(String type) {
            return switch (type) {
                case "LegalHold" -> "legal_hold";
                case "ErasureRequest" -> "erasure_request";
                case "SubjectAccessRequest" -> "subject_access_request";
                case "LearningRecord" -> "learning_record";
                case "OwnLearning" -> "own_learning";
                default -> throw new IllegalArgumentException(type);
            };
        }
    }
}
