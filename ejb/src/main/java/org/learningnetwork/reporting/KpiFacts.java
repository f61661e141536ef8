package org.learningnetwork.reporting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.evaluation.EvaluationRequest;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.pathway.PathwayRules;
import org.learningnetwork.pathway.PathwayRules.Completion;
import org.learningnetwork.pathway.PathwayRules.Standing;

/**
 * Reads one part of a quarter's facts with one pass of set-based queries over the quarter's sessions of every
 * committee's courses, and adds them up in a {@link KpiTally} (see {@link KpiFigure} for what is counted). The
 * queries group by course, agency and workforce group, or (bookings) by person, read in person order a few rows at a
 * time, so that learners are counted once with little memory.
 */
final class KpiFacts {

    /** The session {@code s} is of a course in one of any committee's strands. */
    private static final String COMMITTEE_COURSE = "exists (select 1 from course_strand cs0 join committee_strand k0"
            + " on k0.strand_code = cs0.strand_code where cs0.course_id = s.course_id)";

    /** ... and starts in the quarter. */
    private static final String SESSIONS = "s.starts_at >= :start and s.starts_at < :end and " + COMMITTEE_COURSE;

    /** ... and took place: not cancelled, ended by the quarter's end (or now, if sooner). */
    private static final String DELIVERED = "s.status not in ('CANCELLED', 'DRAFT') and s.ends_at <= :deliveredBy";

    /** The learning record {@code r} is of self-guided learning done in the quarter, of a course in any committee's strands. */
    private static final String SELF_GUIDED = "r.session_id is null and r.kind in ('SELF_GUIDED', 'RESOURCE')"
            + " and r.completed_on >= :firstDay and r.completed_on < :endDay and exists (select 1 from course_strand cs0"
            + " join committee_strand k0 on k0.strand_code = cs0.strand_code where cs0.course_id = r.course_id)";

    /** The booking {@code b} is a confirmed place its learner attended, fully or in part. */
    private static final String LEARNED = "b.status = 'CONFIRMED' and b.attendance in ('ATTENDED', 'PARTIAL')";

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private static final int FETCH = 2_000;

    private final Connection db;
    private final Quarter quarter;
    private final List<String> committees;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** The facts of {@code quarter} for the {@code committees} given (their codes). */
    KpiFacts(Connection db, Quarter quarter, List<String> committees, Instant deliveredBy) {
        this.db = db;
        this.quarter = quarter;
        this.committees = committees;
        parameters.put("start", quarter.start().atOffset(ZoneOffset.UTC));
        parameters.put("end", quarter.end().atOffset(ZoneOffset.UTC));
        parameters.put("deliveredBy", deliveredBy.atOffset(ZoneOffset.UTC));
        parameters.put("firstDay", quarter.firstDay());
        parameters.put("endDay", quarter.endExclusive());
    }

    /** The part's figures for every committee and breakdown. */
    List<KpiFigure> part(KpiPart part) throws SQLException {
        KpiTally tally = new KpiTally(quarter, committees, covers());
        switch (part) {
            case SESSIONS -> sessions(tally);
            case BOOKINGS -> bookings(tally);
            case HOURS -> hours(tally);
            case EVALUATIONS -> evaluations(tally);
            case ANSWERS -> answers(tally);
            case PATHWAYS -> pathways(tally);
        }
        return tally.figures();
    }

    private List<KpiTally.Cover> covers() throws SQLException {
        List<KpiTally.Cover> covers = new ArrayList<>();
        read("select k.committee_code, cs.course_id, cs.strand_code from committee_strand k join course_strand cs"
                + " on cs.strand_code = k.strand_code join committee m on m.code = k.committee_code and m.active = true", row -> covers.add(new KpiTally.Cover(row.getString(1), row.getLong(2), row.getString(3))));
        return covers;
    }

    /** Sessions and places count in the headline and strand rows only; every headline row has them, if only none. */
    private void sessions(KpiTally tally) throws SQLException {
        tally.eachHeadline(f -> f.addSessions(0, 0));
        read("select s.course_id, count(*), coalesce(sum(s.capacity), 0) from course_session s where " + SESSIONS + " and "
                + DELIVERED + " group by s.course_id", row -> {
                    int sessions = row.getInt(2);
                    int places = row.getInt(3);
                    tally.each(row.getLong(1), KpiDimension.ALL, null, f -> f.addSessions(sessions, places));
                    tally.each(row.getLong(1), KpiDimension.STRAND, null, f -> f.addSessions(sessions, places));
                });
    }

    /** Each person's bookings by course, a row for each of their workforce groups (with the same sums), person by person. */
    private void bookings(KpiTally tally) throws SQLException {
        long[] person = {Long.MIN_VALUE, 0};
        Map<Long, KpiTally.Bookings> byCourse = new LinkedHashMap<>();
        Set<Long> groups = new TreeSet<>();
        read("select b.person_id, pp.organisation_id, s.course_id, g.workforce_group_id,"
                + " sum(case when b.status = 'CONFIRMED' then 1 else 0 end),"
                + " sum(case when b.status = 'CONFIRMED' and b.attendance = 'ATTENDED' then 1 else 0 end),"
                + " sum(case when b.status = 'CONFIRMED' and b.attendance = 'PARTIAL' then 1 else 0 end),"
                + " sum(case when b.status = 'CONFIRMED' and b.attendance = 'DID_NOT_ATTEND' then 1 else 0 end),"
                + " sum(case when b.late_cancellation = true then 1 else 0 end),"
                + " sum(case when b.status = 'WAITLISTED' then 1 else 0 end),"
                + " sum(case when " + LEARNED + " then 1 else 0 end),"
                + " coalesce(sum(case when " + LEARNED + " then c.cost_pence end), 0)"
                + " from booking b join course_session s on s.id = b.session_id join course c on c.id = s.course_id"
                + " join person pp on pp.id = b.person_id left join person_workforce_group g on g.person_id = b.person_id"
                + " where " + SESSIONS + " and " + DELIVERED
                + " group by b.person_id, pp.organisation_id, s.course_id, g.workforce_group_id order by b.person_id", FETCH, row -> {
                    long id = row.getLong(1);
                    if (id != person[0]) {
                        if (!byCourse.isEmpty()) {
                            tally.bookings(person[1], groups, byCourse);
                        }
                        person[0] = id;
                        person[1] = row.getLong(2);
                        byCourse.clear();
                        groups.clear();
                    }
                    Long group = id(row, 4);
                    if (group != null) {
                        groups.add(group);
                    }
                    byCourse.putIfAbsent(row.getLong(3), new KpiTally.Bookings(row.getInt(5), row.getInt(6), row.getInt(7),
                            row.getInt(8), row.getInt(9), row.getInt(10), row.getInt(11), row.getLong(12)));
                });
        if (!byCourse.isEmpty()) {
            tally.bookings(person[1], groups, byCourse);
        }
    }

    /** CPD hours by course and agency, then by course and workforce group. */
    private void hours(KpiTally tally) throws SQLException {
        String from = " from learning_record r join course_session s on s.id = r.session_id join person pp on pp.id = r.person_id";
        String where = " where " + SESSIONS + " and " + DELIVERED;
        read("select s.course_id, pp.organisation_id, sum(r.cpd_hours)" + from + where + " group by s.course_id, pp.organisation_id",
                row -> {
                    BigDecimal hours = row.getBigDecimal(3);
                    everyBreakdownButGroup(tally, row, f -> f.addTrainingHours(hours));
                });
        read("select s.course_id, g.workforce_group_id, sum(r.cpd_hours)" + from + " join person_workforce_group g on g.person_id = r.person_id"
                + where + " group by s.course_id, g.workforce_group_id",
                row -> {
                    BigDecimal hours = row.getBigDecimal(3);
                    tally.each(row.getLong(1), KpiDimension.GROUP, row.getLong(2), f -> f.addTrainingHours(hours));
                });
        // Self-guided learning done in the quarter: its hours, and each record of it.
        String selfGuided = " from learning_record r join person pp on pp.id = r.person_id where " + SELF_GUIDED;
        read("select r.course_id, pp.organisation_id, sum(r.cpd_hours), count(*)" + selfGuided + " group by r.course_id, pp.organisation_id",
                row -> {
                    BigDecimal hours = row.getBigDecimal(3);
                    int done = row.getInt(4);
                    everyBreakdownButGroup(tally, row, f -> {
                        f.addTrainingHours(hours);
                        f.addSelfGuided(done);
                    });
                });
        read("select r.course_id, g.workforce_group_id, sum(r.cpd_hours), count(*) from learning_record r"
                + " join person_workforce_group g on g.person_id = r.person_id where " + SELF_GUIDED
                + " group by r.course_id, g.workforce_group_id",
                row -> {
                    BigDecimal hours = row.getBigDecimal(3);
                    int done = row.getInt(4);
                    tally.each(row.getLong(1), KpiDimension.GROUP, row.getLong(2), f -> {
                        f.addTrainingHours(hours);
                        f.addSelfGuided(done);
                    });
                });
    }

    /**
     * End-of-course evaluations requested and answered, by course and agency, then by course and workforce group (an
     * end-of-course request is told by its follow-up code, which PostgreSQL's planner weighs better than a join).
     */
    private void evaluations(KpiTally tally) throws SQLException {
        String from = " from evaluation_request q join booking b on b.id = q.booking_id join course_session s on s.id = b.session_id";
        String where = " where q.follow_up = '" + EvaluationRequest.END + "' and " + SESSIONS + " and " + DELIVERED;
        read("select s.course_id, pp.organisation_id, count(*), count(q.answered_at)" + from + " join person pp on pp.id = b.person_id"
                + where + " group by s.course_id, pp.organisation_id",
                row -> {
                    int requested = row.getInt(3);
                    int answered = row.getInt(4);
                    everyBreakdownButGroup(tally, row, f -> f.addEvaluations(requested, answered));
                });
        read("select s.course_id, g.workforce_group_id, count(*), count(q.answered_at)" + from
                + " join person_workforce_group g on g.person_id = b.person_id" + where + " group by s.course_id, g.workforce_group_id",
                row -> {
                    int requested = row.getInt(3);
                    int answered = row.getInt(4);
                    tally.each(row.getLong(1), KpiDimension.GROUP, row.getLong(2), f -> f.addEvaluations(requested, answered));
                });
        // Those asked about self-guided learning done in the quarter.
        String asked = " from evaluation_request q join learning_record r on r.id = q.learning_record_id";
        read("select r.course_id, pp.organisation_id, count(*), count(q.answered_at)" + asked + " join person pp on pp.id = r.person_id"
                + " where " + SELF_GUIDED + " group by r.course_id, pp.organisation_id",
                row -> {
                    int requested = row.getInt(3);
                    int answered = row.getInt(4);
                    everyBreakdownButGroup(tally, row, f -> f.addEvaluations(requested, answered));
                });
        read("select r.course_id, g.workforce_group_id, count(*), count(q.answered_at)" + asked
                + " join person_workforce_group g on g.person_id = r.person_id where " + SELF_GUIDED
                + " group by r.course_id, g.workforce_group_id",
                row -> {
                    int requested = row.getInt(3);
                    int answered = row.getInt(4);
                    tally.each(row.getLong(1), KpiDimension.GROUP, row.getLong(2), f -> f.addEvaluations(requested, answered));
                });
    }

    /**
     * The answers at the end of the quarter's sessions and at the follow-ups answered in the quarter. Responses keep the
     * learner's agency and workforce group themselves (anonymous ones too), so one row of answers counts once in each
     * breakdown.
     */
    private void answers(KpiTally tally) throws SQLException {
        read("select r.course_id, r.organisation_id, r.workforce_group_id,"
                + " coalesce(sum(case when qn.measure = 'SATISFACTION' then a.score end), 0),"
                + " count(case when qn.measure = 'SATISFACTION' and a.score is not null then 1 end),"
                + " coalesce(sum(case when qn.measure = 'CONFIDENCE' and a.score_before is not null then a.score - a.score_before end), 0),"
                + " count(case when qn.measure = 'CONFIDENCE' and a.score is not null and a.score_before is not null then 1 end),"
                + " sum(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes = true then 1 else 0 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes is not null then 1 end),"
                + " sum(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes = true then 1 else 0 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes is not null then 1 end)"
                + " from evaluation_answer a join question qn on qn.id = a.question_id join evaluation_response r on r.id = a.response_id"
                + " left join course_session s on s.id = r.session_id"
                + " where exists (select 1 from course_strand cs0 join committee_strand k0 on k0.strand_code = cs0.strand_code"
                + " where cs0.course_id = r.course_id) and ((r.purpose = 'END_OF_COURSE' and s.starts_at >= :start and s.starts_at < :end)"
                + " or (r.purpose = 'END_OF_COURSE' and r.session_id is null and r.submitted_on >= :firstDay and r.submitted_on < :endDay)"
                + " or (r.purpose = 'FOLLOW_UP' and r.submitted_on >= :firstDay and r.submitted_on < :endDay))"
                + " group by r.course_id, r.organisation_id, r.workforce_group_id", row -> {
                    int[] sums = new int[8];
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] = row.getInt(4 + i);
                    }
                    tally.everywhere(row.getLong(1), row.getLong(2), id(row, 3),
                            f -> f.addAnswers(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]));
                });
    }

    /**
     * Pathway compliance on the quarter's last day: for each active person holding role profiles given by then, each active
     * requirement of their active profiles with the latest completion (not in part) of a course it accepts up to then,
     * read person by person with their agency and workforce groups, and judged by {@link PathwayRules} as on that day
     * (up to date: met or due soon).
     */
    private void pathways(KpiTally tally) throws SQLException {
        Map<Long, Integer> refresh = new HashMap<>();
        Map<Long, List<Long>> accepted = new HashMap<>();
        read("select q.id, q.refresh_months, c.course_id from learning_requirement q join learning_requirement_course c"
                + " on c.requirement_id = q.id where q.active = true", row -> {
                    long requirement = row.getLong(1);
                    int months = row.getInt(2);
                    refresh.put(requirement, row.wasNull() ? null : months);
                    accepted.computeIfAbsent(requirement, r -> new ArrayList<>()).add(row.getLong(3));
                });
        accepted.keySet().removeIf(requirement -> accepted.get(requirement).stream().noneMatch(tally::covers));
        if (accepted.isEmpty()) {
            return;
        }
        LocalDate lastDay = quarter.endExclusive().minusDays(1);
        long[] person = {Long.MIN_VALUE, 0};
        Set<Long> groups = new TreeSet<>();
        Map<Long, LocalDate> latest = new LinkedHashMap<>();
        SqlConsumer<Void> flush = ignored -> {
            if (!latest.isEmpty()) {
                List<KpiTally.Requirement> requirements = new ArrayList<>();
                latest.forEach((requirement, done) -> {
                    Standing standing = PathwayRules.standing(new PathwayRules.Requirement(Set.copyOf(accepted.get(requirement)),
                            refresh.get(requirement)), done == null ? List.of() : List.of(new Completion(accepted.get(requirement).get(0), done, true)),
                            lastDay, 0);
                    requirements.add(new KpiTally.Requirement(accepted.get(requirement), standing.state().isMet()));
                });
                tally.pathways(person[1], groups, requirements);
            }
        };
        read("select h.person_id, pp.organisation_id, rr.requirement_id, g.workforce_group_id, max(lr.completed_on)"
                + " from person_role_profile h join role_profile rp on rp.id = h.role_profile_id and rp.active = true"
                + " and h.assigned_on < :endDay"
                + " join role_profile_requirement rr on rr.role_profile_id = h.role_profile_id"
                + " join person pp on pp.id = h.person_id and pp.active = true and pp.anonymised_at is null"
                + " left join person_workforce_group g on g.person_id = h.person_id"
                + " left join learning_record lr on lr.person_id = h.person_id and lr.kind in " + LearningRecordKind.COMPLETING_SQL + " and lr.completed_on < :endDay"
                + " and lr.course_id in (select c.course_id from learning_requirement_course c where c.requirement_id = rr.requirement_id)"
                + " group by h.person_id, pp.organisation_id, rr.requirement_id, g.workforce_group_id order by h.person_id", FETCH, row -> {
                    long id = row.getLong(1);
                    if (id != person[0]) {
                        flush.accept(null);
                        person[0] = id;
                        person[1] = row.getLong(2);
                        groups.clear();
                        latest.clear();
                    }
                    long requirement = row.getLong(3);
                    Long group = id(row, 4);
                    if (group != null) {
                        groups.add(group);
                    }
                    java.sql.Date done = row.getDate(5);
                    if (accepted.containsKey(requirement)) {
                        latest.put(requirement, done == null ? null : done.toLocalDate());
                    }
                });
        flush.accept(null);
    }

    /** A row keyed by course (column 1) and agency (column 2) counts in the headline, strand and agency rows. */
    private static void everyBreakdownButGroup(KpiTally tally, ResultSet row, Consumer<KpiFigure> add) throws SQLException {
        long course = row.getLong(1);
        long organisation = row.getLong(2);
        tally.each(course, KpiDimension.ALL, null, add);
        tally.each(course, KpiDimension.STRAND, null, add);
        tally.each(course, KpiDimension.AGENCY, organisation, add);
    }

    private static Long id(ResultSet row, int column) throws SQLException {
        long id = row.getLong(column);
        return row.wasNull() ? null : id;
    }

    /** Runs {@code sql} with the quarter's named parameters ({@code :start} ...) and hands each row to {@code each}. */
    private void read(String sql, SqlConsumer<ResultSet> each) throws SQLException {
        read(sql, 0, each);
    }

    /**
     * Runs {@code sql} as {@link #read(String, SqlConsumer)} does, fetching {@code fetch} rows at a time (0: all at once).
     * Fetching a few at a time keeps a long result out of memory, but PostgreSQL then works on one core only.
     */
    private void read(String sql, int fetch, SqlConsumer<ResultSet> each) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher names = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (names.find()) {
            values.add(parameters.get(names.group(1)));
            names.appendReplacement(jdbc, "?");
        }
        names.appendTail(jdbc);
        try (PreparedStatement statement = db.prepareStatement(jdbc.toString())) {
            statement.setFetchSize(fetch);
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(rows);
                }
            }
        }
    }

    /** Takes a row, and may fail as JDBC does. */
    @FunctionalInterface
    interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }
}
