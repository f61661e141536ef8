package org.learningnetwork.actionlearning;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.platform.Installation;

/**
 * The action-learning programme's figures, read from the database: the sets running in a quarter with their members,
 * meetings and attendance; the themes raised over the four quarters to it, by quarter, by the purpose of the set and
 * by the agencies of the members present; and the longitudinal questionnaires' results by checkpoint. Figures only:
 * the suppression of small numbers for readers outside the learning team is {@link ProgrammeTables}'.
 */
public final class ProgrammeFigures {

    /** The quarters of the themes' trend. */
    public static final int QUARTERS = 4;

    private ProgrammeFigures() {
    }

    /**
     * A set running in the quarter: its members at the quarter's end (or now, if sooner), the meetings held in it, the
     * marks recorded and the attendances among them.
     */
    public record SetRow(long id, String name, SetKind kind, SetPurpose purpose, boolean closed, int facilitators, int members,
                         int meetings, int marked, int attended) {

        /** Attended as a share of the marks recorded, in per cent; null with none. */
        public Integer attendanceRate() {
            return marked == 0 ? null : (int) Math.round(100.0 * attended / marked);
        }
    }

    /** One question's answers at one checkpoint: a statement's mean score (1 to 5) or the share saying yes (per cent). */
    public record Result(String checkpoint, String respondent, int position, String question, String kind, int answers, double value) {
    }

    /** The programme in a quarter. {@code people} counts the members of each agency type present at the themes' meetings. */
    public record Programme(Quarter quarter, List<SetRow> sets, List<Quarter> quarters, Map<String, Map<Quarter, Integer>> byQuarter,
                            Map<String, Map<SetPurpose, Integer>> byPurpose, Map<String, Map<AgencyType, Integer>> byAgency,
                            Map<AgencyType, Integer> people, List<Result> results) {

        public int meetings() {
            return sets.stream().mapToInt(SetRow::meetings).sum();
        }

        public int members() {
            return sets.stream().mapToInt(SetRow::members).sum();
        }

        /** Attended as a share of every mark recorded in the quarter, in per cent; null with none. */
        public Integer attendanceRate() {
            int marked = sets.stream().mapToInt(SetRow::marked).sum();
            return marked == 0 ? null : (int) Math.round(100.0 * sets.stream().mapToInt(SetRow::attended).sum() / marked);
        }
    }

    /** The programme in {@code quarter} as of {@code now}; the questionnaires' results of one set only when {@code setId} is given. */
    public static Programme of(EntityManager em, Quarter quarter, Long setId, Instant now) {
        LocalDate first = quarter.firstDay();
        LocalDate end = quarter.endExclusive();
        Instant until = quarter.end().isBefore(now) ? quarter.end() : now;
        LocalDate membersOn = LocalDate.ofInstant(until, Installation.zone());
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : rows(em, "select m.learning_set_id, count(*) from set_member m where m.joined_on <= ?1"
                + " and (m.left_on is null or m.left_on > ?1) and m.status in ('MEMBER', 'LEFT') group by m.learning_set_id", membersOn)) {
            counts.computeIfAbsent(number(row[0]), k -> new int[5])[0] = (int) number(row[1]);
        }
        for (Object[] row : rows(em, "select g.learning_set_id, count(distinct g.id), count(a.person_id),"
                + " sum(case when a.mark = 'ATTENDED' then 1 else 0 end) from set_meeting g left join set_attendance a on a.set_meeting_id = g.id"
                + " where g.cancelled_at is null and g.starts_at >= ?1 and g.starts_at < ?2 group by g.learning_set_id",
                stamp(quarter.start()), stamp(until))) {
            int[] c = counts.computeIfAbsent(number(row[0]), k -> new int[5]);
            c[1] = (int) number(row[1]);
            c[2] = (int) number(row[2]);
            c[3] = (int) number(row[3]);
        }
        for (Object[] row : rows(em, "select f.learning_set_id, count(*) from learning_set_facilitator f group by f.learning_set_id")) {
            counts.computeIfAbsent(number(row[0]), k -> new int[5])[4] = (int) number(row[1]);
        }
        List<SetRow> sets = new ArrayList<>();
        for (Object[] row : rows(em, "select s.id, s.name, s.kind, s.purpose, s.closed_on from learning_set s where s.created_on < ?1"
                + " and (s.closed_on is null or s.closed_on >= ?2) order by s.kind, s.name_key", end, first)) {
            int[] c = counts.getOrDefault(number(row[0]), new int[5]);
            sets.add(new SetRow(number(row[0]), (String) row[1], SetKind.valueOf(text(row[2])), SetPurpose.valueOf(text(row[3])),
                    row[4] != null, c[4], c[0], c[1], c[2], c[3]));
        }

        List<Quarter> quarters = new ArrayList<>();
        Quarter q = quarter;
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        Instant from = quarters.get(0).start();
        Map<String, Map<Quarter, Integer>> byQuarter = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Map<SetPurpose, Integer>> byPurpose = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Object[] row : rows(em, "select t.name, g.starts_at, s.purpose, mt.problems from meeting_theme mt join set_theme t on t.id = mt.set_theme_id"
                + " join set_meeting g on g.id = mt.set_meeting_id join learning_set s on s.id = g.learning_set_id"
                + " where g.cancelled_at is null and g.starts_at >= ?1 and g.starts_at < ?2", stamp(from), stamp(until))) {
            String theme = (String) row[0];
            int problems = (int) number(row[3]);
            Quarter at = Quarter.of(LocalDate.ofInstant(instant(row[1]), Installation.zone()));
            byQuarter.computeIfAbsent(theme, k -> new TreeMap<>()).merge(at, problems, Integer::sum);
            byPurpose.computeIfAbsent(theme, k -> new EnumMap<>(SetPurpose.class)).merge(SetPurpose.valueOf(text(row[2])), problems, Integer::sum);
        }
        Map<String, Map<AgencyType, Integer>> byAgency = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Object[] row : rows(em, "select t.name, o.agency_type, count(distinct g.id) from meeting_theme mt join set_theme t on t.id = mt.set_theme_id"
                + " join set_meeting g on g.id = mt.set_meeting_id join set_attendance a on a.set_meeting_id = g.id and a.mark = 'ATTENDED'"
                + " join person p on p.id = a.person_id join organisation o on o.id = p.organisation_id"
                + " where g.cancelled_at is null and g.starts_at >= ?1 and g.starts_at < ?2 group by t.name, o.agency_type", stamp(from), stamp(until))) {
            byAgency.computeIfAbsent((String) row[0], k -> new EnumMap<>(AgencyType.class)).put(AgencyType.valueOf(text(row[1])),
                    (int) number(row[2]));
        }
        Map<AgencyType, Integer> people = new EnumMap<>(AgencyType.class);
        for (Object[] row : rows(em, "select o.agency_type, count(distinct a.person_id) from set_attendance a join set_meeting g on g.id = a.set_meeting_id"
                + " join person p on p.id = a.person_id join organisation o on o.id = p.organisation_id where a.mark = 'ATTENDED'"
                + " and g.cancelled_at is null and g.starts_at >= ?1 and g.starts_at < ?2 and exists (select 1 from meeting_theme mt"
                + " where mt.set_meeting_id = g.id) group by o.agency_type", stamp(from), stamp(until))) {
            people.put(AgencyType.valueOf(text(row[0])), (int) number(row[1]));
        }
        return new Programme(quarter, sets, quarters, byQuarter, byPurpose, byAgency, people, results(em, setId, until));
    }

    /** The questionnaires' statements and yes-or-no questions answered up to {@code until}, by checkpoint, respondent and question. */
    private static List<Result> results(EntityManager em, Long setId, Instant until) {
        LocalDate before = LocalDate.ofInstant(until, Installation.zone()).plusDays(1);
        List<Object[]> rows = setId == null
                ? rows(em, RESULTS.replace("(:set)", ""), before)
                : rows(em, RESULTS.replace("(:set)", " and r.learning_set_id = ?2"), before, setId);
        List<Result> results = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = text(row[4]);
            int answers = (int) number(row["LIKERT".equals(kind) ? 6 : 8]);
            if (answers == 0) {
                continue;
            }
            double value = "LIKERT".equals(kind) ? ((Number) row[5]).doubleValue() / answers : 100.0 * number(row[7]) / answers;
            results.add(new Result(text(row[0]), text(row[1]), (int) number(row[2]), (String) row[3], kind, answers, value));
        }
        results.sort(java.util.Comparator.comparing((Result r) -> Checkpoint.ofCode(r.checkpoint())).thenComparing(Result::respondent)
                .thenComparing(Result::position));
        return results;
    }

    private static final String RESULTS = "select r.follow_up, r.respondent, qn.position, qn.text, qn.kind,"
            + " coalesce(sum(a.score), 0), count(a.score), sum(case when a.yes = true then 1 else 0 end), count(a.yes)"
            + " from evaluation_answer a join question qn on qn.id = a.question_id join evaluation_response r on r.id = a.response_id"
            + " where r.purpose = 'ACTION_LEARNING' and qn.kind in ('LIKERT', 'YES_NO') and r.submitted_on < ?1(:set)"
            + " group by r.follow_up, r.respondent, qn.position, qn.text, qn.kind";

    /** The set's meetings' themes as they were recorded, theme name to problems, over all its meetings. */
    static Map<String, Integer> themesOf(EntityManager em, long setId) {
        Map<String, Integer> themes = new LinkedHashMap<>();
        for (Object[] row : rows(em, "select t.name, sum(mt.problems) from meeting_theme mt join set_theme t on t.id = mt.set_theme_id"
                + " join set_meeting g on g.id = mt.set_meeting_id where g.learning_set_id = ?1 group by t.name order by 2 desc, t.name", setId)) {
            themes.put((String) row[0], (int) number(row[1]));
        }
        return themes;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static OffsetDateTime stamp(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return java.time.ZonedDateTime.parse(value.toString()).toInstant();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String text(Object value) {
        return value.toString().strip();
    }

    /** Themes recorded per set (for its page). */
    static Set<String> names(Map<String, ?> themes) {
        return new HashSet<>(themes.keySet());
    }
}
