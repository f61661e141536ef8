package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.Text;

/**
 * The public catalogue: courses that are not retired, searched and filtered, soonest next session first
 * (courses with nothing planned come last), and each course's upcoming sessions. Open to everyone,
 * signed in or not.
 */
@Stateless
@PermitAll
// Reads only: no transaction to commit, so nothing read is checked for changes afterwards.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogueService {

    /** The JPQL condition that course {@code c} is in the strand given as parameter {@code strand}. */
    static final String IN_STRAND = "exists (select st from Course c2 join c2.strands st where c2 = c and st.code = :strand)";

    /** The statuses in which a session can take applications (while its booking window is open). */
    private static final List<SessionStatus> BOOKABLE = List.of(SessionStatus.PLANNED, SessionStatus.OPEN);
    /** Sessions that do not order or select courses in the catalogue: cancelled ones, and drafts (never public). */
    private static final List<SessionStatus> NOT_LISTED = List.of(SessionStatus.CANCELLED, SessionStatus.DRAFT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Page<CatalogueEntry> search(@NotNull CatalogueQuery query, @NotNull PageRequest page) {
        Instant now = clock.instant();
        Instant from = query.from() == null || query.from().isBefore(now) ? now : query.from();
        boolean datesGiven = query.from() != null || query.to() != null;

        // Without dates, courses are ordered by their kept next session (an index read); with dates, by their
        // first session in the period, which only a join over the sessions can tell.
        StringBuilder jpql = new StringBuilder(" from Course c");
        if (datesGiven) {
            jpql.append(" join CourseSession s on s.course = c and s.startsAt >= :from and s.status not in :hidden");
            if (query.to() != null) {
                jpql.append(" and s.startsAt < :to");
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        if (datesGiven) {
            parameters.put("from", from);
            parameters.put("hidden", NOT_LISTED);
        }
        parameters.put("retired", false);
        jpql.append(" where c.retired = :retired");
        if (query.to() != null) {
            parameters.put("to", query.to());
        }
        if (Text.clean(query.text()) != null) {
            jpql.append(" and (lower(c.title) like :text escape '\\' or lower(c.summary) like :text escape '\\'")
                    .append(" or exists (select t from Course c4 join c4.guidance t where c4 = c and lower(t.title) like :text escape '\\'))");
            parameters.put("text", Text.containsPattern(query.text()));
        }
        if (query.strandCode() != null) {
            jpql.append(" and ").append(IN_STRAND);
            parameters.put("strand", query.strandCode());
        }
        if (query.workforceGroupId() != null) {
            jpql.append(" and exists (select g from Course c3 join c3.targetGroups g where c3 = c and g.id = :group)");
            parameters.put("group", query.workforceGroupId());
        }
        if (query.guidanceId() != null) {
            jpql.append(" and exists (select a from Course c5 join c5.guidance a where c5 = c and a.id = :guidance)");
            parameters.put("guidance", query.guidanceId());
        }
        if (query.deliveryMode() != null) {
            jpql.append(" and c.deliveryMode = :mode");
            parameters.put("mode", query.deliveryMode());
        }
        if (query.hasPlaces()) {
            jpql.append(" and exists (select p from CourseSession p where p.course = c and p.startsAt >= :placesFrom")
                    .append(query.to() == null ? "" : " and p.startsAt < :to")
                    .append(" and p.status in :bookable and p.bookingOpensAt <= :now and p.bookingClosesAt > :now")
                    .append(" and p.placesTaken < p.capacity)");
            parameters.put("placesFrom", from);
            parameters.put("now", now);
            parameters.put("bookable", BOOKABLE);
        }

        TypedQuery<Long> count = em.createQuery((datesGiven ? "select count(distinct c.id)" : "select count(c)") + jpql, Long.class);
        // The aggregate orders the page but is not selected: EclipseLink would hand the raw database
        // timestamp to the Instant converter. The next start of each listed course is read below instead.
        TypedQuery<Long> ids = em.createQuery("select c.id" + jpql + (datesGiven
                ? " group by c.id, c.title order by min(s.startsAt), c.title, c.id"
                : " order by c.nextStartsAt nulls last, c.title, c.id"), Long.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        List<Long> pageIds = ids.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), count.getSingleResult());
        }
        Map<Long, Course> courses = em.createQuery("select c from Course c where c.id in :ids", Course.class)
                .setParameter("ids", pageIds)
                .getResultStream().collect(Collectors.toMap(Course::getId, Function.identity()));
        // Two columns per session rather than whole sessions (with their venues): this runs for every page.
        Map<Long, Instant> nextStarts = new HashMap<>();
        var sessions = em.createQuery("select s.course.id, s.startsAt from CourseSession s where s.course.id in :ids"
                + " and s.startsAt >= :from and s.status not in :hidden" + (query.to() == null ? "" : " and s.startsAt < :to")
                + " order by s.startsAt", Object[].class)
                .setParameter("ids", pageIds)
                .setParameter("from", from)
                .setParameter("hidden", NOT_LISTED);
        if (query.to() != null) {
            sessions.setParameter("to", query.to());
        }
        sessions.getResultStream().forEach(row -> nextStarts.putIfAbsent((Long) row[0], (Instant) row[1]));
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Long id : pageIds) {
            entries.add(new CatalogueEntry(courses.get(id), nextStarts.get(id)));
        }
        return new Page<>(entries, count.getSingleResult());
    }

    /** A course that is in the catalogue (not retired), with everything its page shows. */
    public Course course(long id) throws NotFoundException {
        Course course = em.find(Course.class, id);
        if (course == null || course.isRetired()) {
            throw new NotFoundException("Course", id);
        }
        course.loadDetails();
        return course;
    }

    /** A session of a course in the catalogue (cancelled ones too, which say so), with its course and venue. */
    public CourseSession session(long id) throws NotFoundException {
        CourseSession session = em.find(CourseSession.class, id);
        if (session == null || session.getCourse().isRetired() || !session.getStatus().isPublished()) {
            throw new NotFoundException("Session", id);
        }
        return session;
    }

    /**
     * Sessions of courses in the catalogue starting in a period (from now when {@code from} is earlier or
     * absent), soonest first, optionally of one course; cancelled sessions are included and say so.
     */
    public Page<CourseSession> sessions(Long courseId, Instant from, Instant to, @NotNull PageRequest page) {
        return sessions(courseId, null, from, to, page);
    }

    /** {@link #sessions(Long, Instant, Instant, PageRequest)} of courses of one area of protection ({@code strand}'s code). */
    public Page<CourseSession> sessions(Long courseId, String strand, Instant from, Instant to, @NotNull PageRequest page) {
        Instant now = clock.instant();
        Instant start = from == null || from.isBefore(now) ? now : from;
        // Count and page on course_session alone (its upcoming-sessions index answers both), leaving out the
        // few retired courses by id; then load the page's sessions with their course and venue.
        String where = " where s.startsAt >= :from"
                + (to == null ? "" : " and s.startsAt < :to")
                + (courseId == null ? "" : " and s.course.id = :course")
                + (strand == null ? "" : " and exists (select st from Course c2 join c2.strands st where c2 = s.course and st.code = :strand)")
                + " and s.course.id not in (select r.id from Course r where r.retired = :retired) and s.status <> :draft";
        TypedQuery<Long> count = em.createQuery("select count(s.id) from CourseSession s" + where, Long.class);
        TypedQuery<Long> ids = em.createQuery("select s.id from CourseSession s" + where + " order by s.startsAt, s.id",
                Long.class);
        for (TypedQuery<?> query : List.of(count, ids)) {
            query.setParameter("retired", true).setParameter("from", start).setParameter("draft", SessionStatus.DRAFT);
            if (to != null) {
                query.setParameter("to", to);
            }
            if (courseId != null) {
                query.setParameter("course", courseId);
            }
            if (strand != null) {
                query.setParameter("strand", strand);
            }
        }
        List<Long> pageIds = ids.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        List<CourseSession> rows = pageIds.isEmpty() ? List.of()
                : em.createQuery("select s from CourseSession s join fetch s.course left join fetch s.venue"
                        + " where s.id in :ids order by s.startsAt, s.id", CourseSession.class)
                        .setParameter("ids", pageIds).getResultList();
        return new Page<>(rows, count.getSingleResult());
    }

    /** How far ahead, and how many sessions at most, a calendar feed carries. */
    public static final int FEED_DAYS = 400;
    public static final int FEED_LIMIT = 2000;

    /**
     * The sessions a calendar feed carries: those of courses in the catalogue from now on (cancelled ones
     * too, so that subscribers' calendars learn of the cancellation), of one strand or one course or all.
     *
     * @throws NotFoundException for a strand or course that is not in the catalogue
     */
    public List<CourseSession> feed(String strandCode, Long courseId) throws NotFoundException {
        if (strandCode != null && em.find(org.learningnetwork.reference.Strand.class, strandCode) == null) {
            throw new NotFoundException("Strand", strandCode);
        }
        if (courseId != null) {
            course(courseId);
        }
        Instant now = clock.instant();
        StringBuilder jpql = new StringBuilder("select s from CourseSession s join fetch s.course c left join fetch s.venue"
                + " where c.retired = :retired and s.startsAt >= :from and s.startsAt < :to and s.status <> :draft");
        if (strandCode != null) {
            jpql.append(" and ").append(IN_STRAND);
        }
        if (courseId != null) {
            jpql.append(" and c.id = :course");
        }
        TypedQuery<CourseSession> query = em.createQuery(jpql + " order by s.startsAt, s.id", CourseSession.class)
                .setParameter("retired", false)
                .setParameter("draft", SessionStatus.DRAFT)
                .setParameter("from", now)
                .setParameter("to", now.plus(java.time.Duration.ofDays(FEED_DAYS)))
                .setMaxResults(FEED_LIMIT);
        if (strandCode != null) {
            query.setParameter("strand", strandCode);
        }
        if (courseId != null) {
            query.setParameter("course", courseId);
        }
        return query.getResultList();
    }

    /** The course's published sessions that have not started yet, including cancelled ones (shown as such), soonest first. */
    public List<CourseSession> upcomingSessions(long courseId) {
        return em.createQuery("select s from CourseSession s left join fetch s.venue where s.course.id = :course"
                        + " and s.startsAt >= :now and s.status <> :draft order by s.startsAt, s.id", CourseSession.class)
                .setParameter("course", courseId)
                .setParameter("draft", SessionStatus.DRAFT)
                .setParameter("now", clock.instant())
                .getResultList();
    }
}
