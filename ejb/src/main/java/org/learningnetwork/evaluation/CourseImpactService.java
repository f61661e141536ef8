package org.learningnetwork.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.FollowUp;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.platform.Installation;

/**
 * Works out and stores the impact of each course for the sessions that started in a quarter ({@link CourseImpact}),
 * with set-based aggregate queries, and reads it for the committees' impact view. The working out and storing is the
 * impact evaluation job's, which runs without a signed-in caller.
 */
@Stateless
public class CourseImpactService {

    private static final ZoneId ZONE = Installation.zone();

    /** Sessions of the quarter ({@code ?1} to {@code ?2}) that took place: not cancelled, ended by {@code ?3}. */
    private static final String SESSIONS = "s.starts_at >= ?1 and s.starts_at < ?2 and s.status not in ('CANCELLED', 'DRAFT') and s.ends_at <= ?3";

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @Inject
    private Clock clock;

    /**
     * The quarters whose figures can still change today: from the one whose sessions may still have a follow-up open
     * (the longest follow-up, the days it may be issued late and the days it stays open) to the current one.
     */
    @PermitAll
    public List<Quarter> openQuarters() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate longestAgo = Arrays.stream(FollowUp.values()).map(f -> today.minus(f.after())).min(Comparator.naturalOrder()).orElseThrow();
        long open = EvaluationSettings.openFor().toDays();
        Quarter first = Quarter.of(longestAgo.minusDays(2 * open + 1));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; q.compareTo(Quarter.of(today)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** Works out the figures of every course with sessions in {@code quarter} that took place (nothing stored). */
    @PermitAll
    public List<CourseImpact> compute(Quarter quarter) {
        Instant now = clock.instant();
        Instant deliveredBy = now.isBefore(quarter.end()) ? now : quarter.end();
        Map<Long, CourseImpact> impacts = new TreeMap<>();
        for (Object[] row : rows(query("select s.course_id, count(distinct s.id),"
                + " count(distinct case when b.status = 'CONFIRMED' and b.attendance in ('ATTENDED', 'PARTIAL') then b.person_id end)"
                + " from course_session s left join booking b on b.session_id = s.id where " + SESSIONS + " group by s.course_id",
                quarter, deliveredBy))) {
            impacts.computeIfAbsent(id(row[0]), c -> new CourseImpact(quarter, c)).delivered(integer(row[1]), integer(row[2]));
        }
        // Requests to people who attended (one corrected to did not attend is closed and not counted).
        for (Object[] row : rows(query("select s.course_id, qs.purpose, qs.respondent, count(*), count(q.answered_at)"
                + " from evaluation_request q join question_set qs on qs.id = q.question_set_id join booking b on b.id = q.booking_id"
                + " join course_session s on s.id = b.session_id where " + SESSIONS + " and b.attendance in ('ATTENDED', 'PARTIAL')"
                + " group by s.course_id, qs.purpose, qs.respondent", quarter, deliveredBy))) {
            with(impacts, row[0], i -> i.requests(EvaluationPurpose.valueOf(row[1].toString().strip()),
                    Respondent.valueOf(row[2].toString().strip()), integer(row[3]), integer(row[4])));
        }
        String answers = " from evaluation_answer a join question qn on qn.id = a.question_id join evaluation_response r on r.id = a.response_id"
                + " join course_session s on s.id = r.session_id where " + SESSIONS;
        for (Object[] row : rows(query("select s.course_id,"
                + " coalesce(sum(case when qn.measure = 'SATISFACTION' then a.score end), 0),"
                + " count(case when qn.measure = 'SATISFACTION' and a.score is not null then 1 end),"
                + " count(case when qn.measure = 'SATISFACTION' and a.score >= 4 then 1 end),"
                + " coalesce(sum(case when qn.measure = 'RELEVANCE' then a.score end), 0),"
                + " count(case when qn.measure = 'RELEVANCE' and a.score is not null then 1 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes = true then 1 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes is not null then 1 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes = true then 1 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes is not null then 1 end)"
                + answers + " group by s.course_id", quarter, deliveredBy))) {
            with(impacts, row[0], i -> {
                i.scores(integer(row[1]), integer(row[2]), integer(row[3]), integer(row[4]), integer(row[5]));
                i.practice(integer(row[6]), integer(row[7]), integer(row[8]), integer(row[9]));
            });
        }
        for (Object[] row : rows(query("select s.course_id, a.outcome, count(*), sum(a.score_before), sum(a.score)" + answers
                + " and qn.measure = 'CONFIDENCE' and a.outcome is not null and a.score is not null and a.score_before is not null"
                + " group by s.course_id, a.outcome", quarter, deliveredBy))) {
            with(impacts, row[0], i -> i.outcome(new OutcomeConfidence(integer(row[1]), integer(row[2]), integer(row[3]), integer(row[4]))));
        }
        for (Object[] row : rows(query("select s.course_id, a.choice, count(*)" + answers
                + " and qn.measure = 'BARRIERS' and a.choice is not null group by s.course_id, a.choice", quarter, deliveredBy))) {
            with(impacts, row[0], i -> i.barrier(new BarrierCount(row[1].toString(), integer(row[2]))));
        }
        int gap = EvaluationSettings.flagGapPoints();
        int minAnswers = EvaluationSettings.flagMinAnswers();
        impacts.values().forEach(i -> i.finish(now, gap, minAnswers));
        return new ArrayList<>(impacts.values());
    }

    /** Replaces the stored figures of {@code quarter} by {@code impacts}. */
    @PermitAll
    public void replace(Quarter quarter, List<CourseImpact> impacts) {
        for (String table : List.of("course_impact_barrier", "course_impact_outcome", "course_impact")) {
            em.createNativeQuery("delete from " + table + " where quarter_code = ?1").setParameter(1, quarter.code()).executeUpdate();
        }
        impacts.forEach(em::persist);
    }

    /** The stored figures of the courses of the committee's strands for {@code quarter}, by course title. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public List<CourseImpactRow> forCommittee(Quarter quarter, String committee) {
        List<Long> courses = committeeCourses(committee);
        if (courses.isEmpty()) {
            return List.of();
        }
        List<CourseImpactRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("select i, c.title from CourseImpact i, Course c where c.id = i.id.courseId"
                + " and i.id.quarter = :quarter and i.id.courseId in :courses order by c.title, c.id", Object[].class)
                .setParameter("quarter", quarter.code()).setParameter("courses", courses).getResultList()) {
            CourseImpact impact = (CourseImpact) row[0];
            rows.add(new CourseImpactRow(impact.getId().getCourseId(), (String) row[1], List.of(), impact));
        }
        return rows;
    }

    /** One course's stored figures for {@code quarter}, with its learning outcomes. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Optional<CourseImpactRow> of(Quarter quarter, long courseId) {
        CourseImpact impact = em.find(CourseImpact.class, new CourseImpactKey(quarter, courseId));
        Course course = em.find(Course.class, courseId);
        if (impact == null || course == null || !readableCourse(courseId)) {
            return Optional.empty();
        }
        return Optional.of(new CourseImpactRow(courseId, course.getTitle(), course.getOutcomes(), impact));
    }

    /** The latest quarter with figures for any of the committee's courses, if any. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Optional<Quarter> latestQuarter(String committee) {
        List<Long> courses = committeeCourses(committee);
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select max(i.id.quarter) from CourseImpact i where i.id.courseId in :courses", String.class)
                .setParameter("courses", courses).getResultStream().filter(java.util.Objects::nonNull).findFirst().flatMap(Quarter::parse);
    }

    /** Whether the course is one of a committee the caller may read (by its strands). */
    private boolean readableCourse(long courseId) {
        java.util.Set<String> readable = org.learningnetwork.figures.CommitteeScope.readable(em, context);
        return ((List<?>) em.createNativeQuery("select distinct k.committee_code from course_strand cs join committee_strand k"
                + " on k.strand_code = cs.strand_code where cs.course_id = ?1").setParameter(1, courseId).getResultList())
                .stream().anyMatch(code -> readable.contains(code.toString()));
    }

    /** The courses of the committee's strands; none of a committee the caller may not read. */
    private List<Long> committeeCourses(String committee) {
        if (!org.learningnetwork.figures.CommitteeScope.readable(em, context).contains(committee)) {
            return List.of();
        }
        return ((List<?>) em.createNativeQuery("select distinct cs.course_id from course_strand cs join committee_strand k"
                + " on k.strand_code = cs.strand_code where k.committee_code = ?1").setParameter(1, committee).getResultList())
                .stream().map(CourseImpactService::id).collect(Collectors.toList());
    }

    private Query query(String sql, Quarter quarter, Instant deliveredBy) {
        return em.createNativeQuery(sql).setParameter(1, quarter.start().atOffset(ZoneOffset.UTC))
                .setParameter(2, quarter.end().atOffset(ZoneOffset.UTC)).setParameter(3, deliveredBy.atOffset(ZoneOffset.UTC));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static void with(Map<Long, CourseImpact> impacts, Object course, java.util.function.Consumer<CourseImpact> action) {
        CourseImpact impact = impacts.get(id(course));
        if (impact != null) {
            action.accept(impact);
        }
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
