package org.learningnetwork.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.pathway.TrainingPlanRules.Year;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.RejectedException;

/**
 * The training-needs analysis for a financial year, for the learning team planning the calendar (seed 002): per course,
 * the places asked for in each quarter — people whose required learning is overdue, not started or falls due in the
 * year (from their pathways), learning needs agreed in supervision and appraisal that name the course, and people on
 * waiting lists not placed — against the places already in the calendar, giving the sessions to add per quarter
 * ({@link TrainingPlanRules}); the demand by strand, workforce group and region; and counts of the agreed needs (never
 * what they say). Each person asks once per course whatever the reasons. Draft sessions can be made from the plan.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class TrainingNeedsService {

    /** How many people's standings are worked out at a time. */
    static final int BATCH = 5000;
    /** How far back a waiting list still counts as demand not met. */
    static final Duration WAITING_COUNTS = Duration.ofDays(365);
    private static final List<DeliveryMode> SELF_GUIDED = List.of(DeliveryMode.E_LEARNING, DeliveryMode.SEVEN_MINUTE_BRIEFING);
    private static final LocalTime DRAFT_START = LocalTime.of(9, 30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PathwayFacts facts;

    @EJB
    private AuditLog audit;

    /**
     * One course of the plan. Per quarter: the places asked for from pathways, from agreed needs, and in all (with the
     * people waiting, who ask in the first quarter); the places in the calendar not yet taken; the sessions to add.
     * A self-guided course (e-learning, a briefing) needs no sessions.
     */
    public record Line(Course course, int[] fromPathways, int[] fromNeeds, int waiting, int[] demand, int[] places, int[] toAdd) {

        public boolean isSelfGuided() {
            return SELF_GUIDED.contains(course.getDeliveryMode());
        }

        public int getDemandTotal() {
            return sum(demand);
        }

        public int getPlacesTotal() {
            return sum(places);
        }

        public int getToAddTotal() {
            return sum(toAdd);
        }

        public int getFromPathwaysTotal() {
            return sum(fromPathways);
        }

        public int getFromNeedsTotal() {
            return sum(fromNeeds);
        }

        public int getDemand(int quarter) {
            return demand[quarter];
        }

        public int getPlaces(int quarter) {
            return places[quarter];
        }

        public int getToAdd(int quarter) {
            return toAdd[quarter];
        }
    }

    /** How many places are asked for by people of one strand, workforce group or region. */
    public record Count(String name, int places) {
    }

    /**
     * The analysis: the lines (most sessions to add first), the demand by strand, workforce group and region, and the
     * open learning needs agreed in supervision and appraisal by priority (those naming no course count in their strand
     * only).
     */
    public record Analysis(Year year, List<Line> lines, List<Count> byStrand, List<Count> byGroup, List<Count> byRegion,
                           Map<NeedPriority, Integer> openNeeds, int needsWithoutCourse) {

        public int getToAddTotal() {
            return lines.stream().mapToInt(Line::getToAddTotal).sum();
        }

        public int getDemandTotal() {
            return lines.stream().mapToInt(Line::getDemandTotal).sum();
        }

        public int getOpenNeedsTotal() {
            return openNeeds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The analysis of the financial year starting in April of {@code startYear}. */
    public Analysis analyse(int startYear) throws RejectedException {
        Year year = checked(startYear);
        Demand demand = new Demand(year);
        pathways(demand);
        needs(demand);
        waiting(demand);
        Map<Long, int[]> places = places(year);
        Set<Long> courseIds = new LinkedHashSet<>(demand.courses());
        courseIds.addAll(places.keySet());
        Map<Long, Course> courses = new HashMap<>();
        if (!courseIds.isEmpty()) {
            em.createQuery("select c from Course c where c.id in :ids", Course.class).setParameter("ids", courseIds).getResultList()
                    .forEach(c -> courses.put(c.getId(), c));
        }
        List<Line> lines = new ArrayList<>();
        for (Long id : courseIds) {
            Course course = courses.get(id);
            int[] total = demand.total(id);
            int[] free = places.getOrDefault(id, new int[TrainingPlanRules.QUARTERS]);
            boolean selfGuided = SELF_GUIDED.contains(course.getDeliveryMode());
            int[] toAdd = selfGuided || course.isRetired() ? new int[TrainingPlanRules.QUARTERS]
                    : TrainingPlanRules.sessionsToAdd(total, free, course.getDefaultCapacity());
            lines.add(new Line(course, demand.pathways.getOrDefault(id, new int[TrainingPlanRules.QUARTERS]),
                    demand.needs.getOrDefault(id, new int[TrainingPlanRules.QUARTERS]), demand.waiting.getOrDefault(id, 0), total, free, toAdd));
        }
        lines.sort(Comparator.comparingInt(Line::getToAddTotal).reversed().thenComparing(Comparator.comparingInt(Line::getDemandTotal).reversed())
                .thenComparing(l -> l.course().getTitle(), String.CASE_INSENSITIVE_ORDER));
        return new Analysis(year, lines, counts(demand.byStrand), counts(demand.byGroup), counts(demand.byRegion), demand.openNeeds,
                demand.needsWithoutCourse);
    }

    /**
     * Makes the sessions the plan says to add as drafts: each in the middle month of its quarter (the second Tuesday,
     * 09:30), as long as the course usually runs and with its usual places, for the learning team to give a date, venue
     * and facilitators and then publish. Drafts count as places in the calendar, so the same plan asked again adds none.
     */
    public List<CourseSession> draftSessions(int startYear) throws RejectedException {
        Analysis analysis = analyse(startYear);
        ZoneId zone = Installation.zone();
        Instant now = clock.instant();
        List<CourseSession> drafts = new ArrayList<>();
        for (Line line : analysis.lines()) {
            Course course = line.course();
            for (int q = 0; q < TrainingPlanRules.QUARTERS; q++) {
                LocalDate day = analysis.year().quarterStart(q).plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
                Instant starts = day.atTime(DRAFT_START).atZone(zone).toInstant();
                if (!starts.isAfter(now)) {
                    continue;
                }
                Instant ends = starts.plus(Duration.ofMinutes(course.getDurationMinutes() == null ? 180 : course.getDurationMinutes()));
                for (int i = 0; i < line.getToAdd(q); i++) {
                    CourseSession draft = new CourseSession(course, starts, ends, course.getDefaultCapacity(), now,
                            starts.minus(Duration.ofDays(2)));
                    draft.setStatus(SessionStatus.DRAFT);
                    em.persist(draft);
                    drafts.add(draft);
                }
            }
        }
        em.flush();
        audit.record(AuditAction.CREATED, "TrainingNeedsAnalysis", null, drafts.size() + " draft sessions for " + analysis.year().label());
        return drafts;
    }

    /** This financial year, the next (the one usually planned) and the one after. */
    public List<Year> years() {
        Year now = Year.of(facts.today());
        return List.of(now, new Year(now.startYear() + 1), new Year(now.startYear() + 2));
    }

    private Year checked(int startYear) throws RejectedException {
        if (years().stream().noneMatch(y -> y.startYear() == startYear)) {
            throw new RejectedException("year", "tna.year.range");
        }
        return new Year(startYear);
    }

    /** What people ask for, per course, and by whom (so that a person asks once per course). */
    private static final class Demand {
        final Year year;
        final Map<Long, int[]> pathways = new HashMap<>();
        final Map<Long, int[]> needs = new HashMap<>();
        final Map<Long, Integer> waiting = new HashMap<>();
        final Map<Long, Set<Long>> asked = new HashMap<>();
        final Map<String, Integer> byStrand = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, Integer> byGroup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, Integer> byRegion = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<NeedPriority, Integer> openNeeds = new EnumMap<>(NeedPriority.class);
        final Map<Long, List<String>> courseStrands = new HashMap<>();
        int needsWithoutCourse;

        Demand(Year year) {
            this.year = year;
        }

        Set<Long> courses() {
            Set<Long> all = new LinkedHashSet<>(pathways.keySet());
            all.addAll(needs.keySet());
            all.addAll(waiting.keySet());
            return all;
        }

        int[] total(long course) {
            int[] total = new int[TrainingPlanRules.QUARTERS];
            for (Map<Long, int[]> source : List.of(pathways, needs)) {
                int[] part = source.get(course);
                for (int q = 0; part != null && q < total.length; q++) {
                    total[q] += part[q];
                }
            }
            total[0] += waiting.getOrDefault(course, 0);
            return total;
        }

        /** Whether the person asks for the course for the first time (then counted once, else not again). */
        boolean first(long person, long course) {
            return asked.computeIfAbsent(course, c -> new HashSet<>()).add(person);
        }

        void count(Map<Long, int[]> source, long course, int quarter) {
            source.computeIfAbsent(course, c -> new int[TrainingPlanRules.QUARTERS])[quarter]++;
        }

        void strands(long course, List<String> fallback) {
            for (String strand : courseStrands.getOrDefault(course, fallback)) {
                byStrand.merge(strand, 1, Integer::sum);
            }
        }
    }

    /**
     * For the people of a range of ids holding role profiles (active, as the requirements): each requirement of their
     * active profiles, and the latest day they completed (not in part) a course it accepts.
     */
    private static final String LATEST = "select h.person_id, rr.requirement_id, max(lr.completed_on) from person_role_profile h"
            + " join role_profile rp on rp.id = h.role_profile_id and rp.active = ?3"
            + " join role_profile_requirement rr on rr.role_profile_id = h.role_profile_id"
            + " join person pp on pp.id = h.person_id and pp.active = ?3"
            + " left join learning_record lr on lr.person_id = h.person_id and lr.kind in " + LearningRecordKind.COMPLETING_SQL + " and lr.course_id in"
            + " (select c.course_id from learning_requirement_course c where c.requirement_id = rr.requirement_id)"
            + " where h.person_id >= ?1 and h.person_id <= ?2 group by h.person_id, rr.requirement_id";

    /**
     * People whose required learning asks for a place in the year: their latest completions read in one query per
     * {@value #BATCH} people (as {@link PathwayFacts} would find them, without loading them), judged by {@link PathwayRules}.
     */
    private void pathways(Demand demand) {
        Map<Long, PathwayRules.Requirement> rules = new HashMap<>();
        Map<Long, Long> planningCourse = new HashMap<>();
        for (LearningRequirement requirement : em.createNamedQuery(LearningRequirement.ALL, LearningRequirement.class).getResultList()) {
            Long course = planningCourse(requirement);
            if (requirement.isActive() && course != null) {
                rules.put(requirement.getId(), requirement.rule());
                planningCourse.put(requirement.getId(), course);
            }
        }
        List<Long> people = em.createQuery("select distinct h.person.id from PersonRoleProfile h where h.person.active = :active"
                + " order by h.person.id", Long.class).setParameter("active", true).getResultList();
        LocalDate today = facts.today();
        int window = PathwaySettings.DUE_SOON_DAYS.get();
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            // Two requirements planned on the same course ask for it once, at the earlier quarter.
            Map<Long, Map<Long, Integer>> asked = new HashMap<>();
            for (Object row : em.createNativeQuery(LATEST).setParameter(1, batch.get(0)).setParameter(2, batch.get(batch.size() - 1))
                    .setParameter(3, true).getResultList()) {
                Object[] columns = (Object[]) row;
                long requirement = ((Number) columns[1]).longValue();
                PathwayRules.Requirement rule = rules.get(requirement);
                if (rule == null) {
                    continue;
                }
                LocalDate done = date(columns[2]);
                Standing standing = PathwayRules.standing(rule, done == null ? List.of()
                        : List.of(new PathwayRules.Completion(rule.acceptedCourses().iterator().next(), done, true)), today, window);
                int quarter = TrainingPlanRules.demandQuarter(standing, demand.year);
                if (quarter >= 0) {
                    asked.computeIfAbsent(((Number) columns[0]).longValue(), p -> new HashMap<>())
                            .merge(planningCourse.get(requirement), quarter, Math::min);
                }
            }
            List<Long> asking = new ArrayList<>(asked.keySet());
            Map<Long, List<String>> groups = asking.isEmpty() ? Map.of() : groupsOf(asking);
            Map<Long, List<String>> regions = asking.isEmpty() ? Map.of() : regionsOf(asking);
            asked.forEach((person, courses) -> courses.forEach((course, quarter) -> {
                if (demand.first(person, course)) {
                    demand.count(demand.pathways, course, quarter);
                    people(demand, person, course, groups, regions);
                }
            }));
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date day ? day.toLocalDate() : (LocalDate) value;
    }

    /** Counts a person asking for a course under the course's strands, and the person's workforce groups and regions. */
    private void people(Demand demand, long person, long course, Map<Long, List<String>> groups, Map<Long, List<String>> regions) {
        demand.courseStrands.computeIfAbsent(course, this::strandsOf);
        demand.strands(course, List.of());
        groups.getOrDefault(person, List.of()).forEach(g -> demand.byGroup.merge(g, 1, Integer::sum));
        regions.getOrDefault(person, List.of()).forEach(r -> demand.byRegion.merge(r, 1, Integer::sum));
    }

    /**
     * The course a requirement's demand is planned on: of the courses it accepts, one not retired, a course with
     * sessions before a self-guided one, then by title; none when every course it accepts is retired.
     */
    private static Long planningCourse(LearningRequirement requirement) {
        return requirement.getCourses().stream().filter(c -> !c.isRetired())
                .min(Comparator.comparing((Course c) -> SELF_GUIDED.contains(c.getDeliveryMode()))
                        .thenComparing(Course::getTitle, String.CASE_INSENSITIVE_ORDER))
                .map(Course::getId).orElse(null);
    }

    /** Open learning needs of people still active: counted by priority; those naming a course ask for it. */
    private void needs(Demand demand) {
        List<Object[]> rows = em.createQuery("select n.person.id, c.id, c.retired, n.targetOn, s.name, n.priority from LearningNeed n"
                + " left join n.course c left join n.strand s where n.status in :open and n.person.active = :active", Object[].class)
                .setParameter("open", List.of(NeedStatus.AGREED, NeedStatus.IN_PROGRESS)).setParameter("active", true).getResultList();
        Map<Long, List<Object[]>> asking = new HashMap<>();
        for (Object[] row : rows) {
            demand.openNeeds.merge((NeedPriority) row[5], 1, Integer::sum);
            Long course = (Long) row[1];
            int quarter = TrainingPlanRules.needQuarter((LocalDate) row[3], demand.year);
            if (course == null || Boolean.TRUE.equals(row[2])) {
                demand.needsWithoutCourse++;
                if (row[4] != null && quarter >= 0) {
                    demand.byStrand.merge((String) row[4], 1, Integer::sum);
                }
            } else if (quarter >= 0) {
                asking.computeIfAbsent((Long) row[0], p -> new ArrayList<>()).add(row);
            }
        }
        // A person's needs naming the same course ask for it once, at the earliest quarter.
        asking.values().forEach(rowsOfPerson -> rowsOfPerson.sort(Comparator.comparingInt(
                (Object[] row) -> TrainingPlanRules.needQuarter((LocalDate) row[3], demand.year))));
        countPeople(demand, asking, (row, person) -> {
            long course = (Long) row[1];
            if (demand.first(person, course)) {
                demand.count(demand.needs, course, TrainingPlanRules.needQuarter((LocalDate) row[3], demand.year));
                return course;
            }
            return null;
        });
    }

    /** People on waiting lists of sessions of the last year or to come, not placed: they ask in the first quarter. */
    private void waiting(Demand demand) {
        List<Object[]> rows = em.createQuery("select distinct b.person.id, s.course.id from Booking b join b.session s"
                + " where b.status = :waiting and s.status <> :cancelled and s.startsAt >= :since and b.person.active = :active", Object[].class)
                .setParameter("waiting", BookingStatus.WAITLISTED).setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("since", clock.instant().minus(WAITING_COUNTS)).setParameter("active", true).getResultList();
        Map<Long, List<Object[]>> asking = new HashMap<>();
        rows.forEach(row -> asking.computeIfAbsent((Long) row[0], p -> new ArrayList<>()).add(row));
        countPeople(demand, asking, (row, person) -> {
            long course = (Long) row[1];
            if (demand.first(person, course)) {
                demand.waiting.merge(course, 1, Integer::sum);
                return course;
            }
            return null;
        });
    }

    /** Counts what each person asks for (the course it comes to, or null), with their groups and regions, in batches. */
    private void countPeople(Demand demand, Map<Long, List<Object[]>> asking, java.util.function.BiFunction<Object[], Long, Long> ask) {
        List<Long> people = new ArrayList<>(asking.keySet());
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            Map<Long, List<String>> groups = groupsOf(batch);
            Map<Long, List<String>> regions = regionsOf(batch);
            for (Long person : batch) {
                for (Object[] row : asking.get(person)) {
                    Long course = ask.apply(row, person);
                    if (course != null) {
                        people(demand, person, course, groups, regions);
                    }
                }
            }
        }
    }

    /** The places not yet taken on sessions (drafts too; not cancelled) starting in the year, per course and quarter. */
    private Map<Long, int[]> places(Year year) {
        ZoneId zone = Installation.zone();
        Map<Long, int[]> places = new HashMap<>();
        List<Object[]> rows = em.createQuery("select s.course.id, s.startsAt, s.capacity, s.placesTaken from CourseSession s"
                + " where s.startsAt >= :from and s.startsAt < :to and s.status <> :cancelled", Object[].class)
                .setParameter("from", year.start().atStartOfDay(zone).toInstant()).setParameter("to", year.end().atStartOfDay(zone).toInstant())
                .setParameter("cancelled", SessionStatus.CANCELLED).getResultList();
        for (Object[] row : rows) {
            int quarter = year.quarterOf(LocalDate.ofInstant((Instant) row[1], zone));
            if (quarter >= 0) {
                places.computeIfAbsent((Long) row[0], c -> new int[TrainingPlanRules.QUARTERS])[quarter]
                        += Math.max(0, ((Number) row[2]).intValue() - ((Number) row[3]).intValue());
            }
        }
        return places;
    }

    private List<String> strandsOf(long course) {
        return em.createQuery("select s.name from Course c join c.strands s where c.id = :course order by s.displayOrder", String.class)
                .setParameter("course", course).getResultList();
    }

    private Map<Long, List<String>> groupsOf(List<Long> people) {
        Map<Long, List<String>> groups = new HashMap<>();
        em.createQuery("select p.id, g.name, f.name from Person p join p.workforceGroups g join g.framework f where p.id in :ids",
                Object[].class).setParameter("ids", people).getResultList()
                .forEach(row -> groups.computeIfAbsent((Long) row[0], p -> new ArrayList<>()).add(row[1] + " (" + row[2] + ")"));
        return groups;
    }

    private Map<Long, List<String>> regionsOf(List<Long> people) {
        Map<Long, List<String>> regions = new HashMap<>();
        em.createQuery("select distinct p.id, r.name from Person p join p.organisation o join o.councilAreas a join a.region r"
                + " where p.id in :ids", Object[].class).setParameter("ids", people).getResultList()
                .forEach(row -> regions.computeIfAbsent((Long) row[0], p -> new ArrayList<>()).add((String) row[1]));
        return regions;
    }

    private static List<Count> counts(Map<String, Integer> counted) {
        return counted.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::places).reversed().thenComparing(Count::name)).toList();
    }

    static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }
}
