package org.learningnetwork.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.figures.Committee;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The learning and development team's upkeep of the catalogue: courses (create, edit, retire) and their
 * sessions (create, edit, copy to new dates, cancel). Every rule is checked here, whatever screen or API
 * the change comes from, and a rejected change saves nothing.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CourseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private Event<SessionCancelled> sessionCancelled;

    @Inject
    private Event<SessionPlacesAdded> placesAdded;

    /** How many sessions the schedule shows at most for one period. */
    public static final int SCHEDULE_LIMIT = 1000;

    /**
     * All courses, retired ones too when asked, matching the text in title or summary and optionally of one
     * strand, in title order.
     */
    public Page<Course> search(String text, String strandCode, boolean includeRetired, @NotNull PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!includeRetired) {
            conditions.add("c.retired = :retired");
            parameters.put("retired", false);
        }
        if (Text.clean(text) != null) {
            conditions.add("(lower(c.title) like :text escape '\\' or lower(c.summary) like :text escape '\\')");
            parameters.put("text", Text.containsPattern(text));
        }
        if (Text.clean(strandCode) != null) {
            conditions.add(CatalogueService.IN_STRAND);
            parameters.put("strand", strandCode);
        }
        String where = " from Course c" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        TypedQuery<Course> rows = em.createQuery("select c" + where + " order by c.title, c.id", Course.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<Course> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        found.forEach(course -> course.getStrands().size());
        return new Page<>(found, count.getSingleResult());
    }

    /** The courses that can be chosen as prerequisites: those not retired, by title. */
    public List<Course> prerequisiteChoices() {
        return em.createQuery("select c from Course c where c.retired = :retired order by c.title, c.id", Course.class)
                .setParameter("retired", false).getResultList();
    }

    /** Every course, those in the catalogue first, then retired ones, each by title. */
    public List<Course> allByTitle() {
        return em.createQuery("select c from Course c order by c.retired, c.title, c.id", Course.class).getResultList();
    }

    /** The venues in use, by name. */
    public List<Venue> venues() {
        List<Venue> venues = em.createQuery("select v from Venue v where v.active = :active order by v.name, v.id", Venue.class)
                .setParameter("active", true).getResultList();
        venues.forEach(venue -> venue.getRooms().size());
        return venues;
    }

    /**
     * Every session starting in a period, cancelled ones too, optionally of courses in one strand or at one
     * venue, soonest first; at most {@link #SCHEDULE_LIMIT}.
     */
    public List<CourseSession> schedule(@NotNull Instant from, @NotNull Instant to, String strandCode, Long venueId) {
        StringBuilder jpql = new StringBuilder("select s from CourseSession s join fetch s.course c left join fetch s.venue"
                + " where s.startsAt >= :from and s.startsAt < :to");
        if (Text.clean(strandCode) != null) {
            jpql.append(" and ").append(CatalogueService.IN_STRAND);
        }
        if (venueId != null) {
            jpql.append(" and s.venue.id = :venue");
        }
        TypedQuery<CourseSession> query = em.createQuery(jpql + " order by s.startsAt, s.id", CourseSession.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(SCHEDULE_LIMIT);
        if (Text.clean(strandCode) != null) {
            query.setParameter("strand", strandCode);
        }
        if (venueId != null) {
            query.setParameter("venue", venueId);
        }
        return query.getResultList();
    }

    public Course find(long id) throws NotFoundException {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new NotFoundException("Course", id);
        }
        course.loadDetails();
        return course;
    }

    /**
     * Saves a new or edited course with its strands (by code), target workforce groups and prerequisite
     * courses (by id). A prerequisite that would make a cycle, an unknown reference or an invalid field is
     * rejected field by field.
     */
    @ChangesPublicContent
    public Course save(@NotNull Course course, @NotNull Set<String> strandCodes, @NotNull Set<Long> targetGroupIds,
                       @NotNull Set<Long> prerequisiteIds) throws RejectedException, NotFoundException {
        return save(course, strandCodes, targetGroupIds, prerequisiteIds, null);
    }

    /**
     * Saves a course as {@link #save(Course, Set, Set, Set)} does, with what it answers to (guidance, by id; {@code null}
     * leaves it as the course carries it). Its cost is checked by {@link CostRules}: an agreement and an approval can
     * be recorded only for a cost, by a committee that exists, on days that have passed and in that order.
     */
    @ChangesPublicContent
    public Course save(@NotNull Course course, @NotNull Set<String> strandCodes, @NotNull Set<Long> targetGroupIds,
                       @NotNull Set<Long> prerequisiteIds, Set<Long> guidanceIds) throws RejectedException, NotFoundException {
        if (course.getId() != null && em.find(Course.class, course.getId()) == null) {
            throw new NotFoundException("Course", course.getId());
        }
        // What the stored course names, read before the change is merged (a query would write it first).
        Set<Long> named = course.getId() == null ? Set.of() : new java.util.HashSet<>(em.createQuery(
                "select g.id from Course c join c.guidance g where c.id = :course", Long.class)
                .setParameter("course", course.getId()).getResultList());
        Course target = course.getId() == null ? course : em.merge(course);
        List<Problem> problems = new ArrayList<>();

        Constraints.all(em, Strand.class, strandCodes).ifPresentOrElse(target::setStrands,
                () -> problems.add(new Problem("strands", "course.strands.unknown")));
        Constraints.all(em, WorkforceGroup.class, targetGroupIds).ifPresentOrElse(target::setTargetGroups,
                () -> problems.add(new Problem("targetGroups", "course.targetGroups.unknown")));
        Optional<List<Course>> prerequisites = Constraints.all(em, Course.class, prerequisiteIds);
        if (prerequisites.isEmpty()) {
            problems.add(new Problem("prerequisites", "course.prerequisites.unknown"));
        } else if (prerequisites.get().stream().anyMatch(target::wouldCycleWith)) {
            problems.add(new Problem("prerequisites", "course.prerequisites.cycle"));
        } else {
            target.setPrerequisites(prerequisites.get());
        }
        if (guidanceIds != null) {
            Optional<List<Guidance>> guidance = Constraints.all(em, Guidance.class, guidanceIds);
            // A retired entry stays on the courses that name it but is offered for no other.
            if (guidance.isEmpty() || guidance.get().stream().anyMatch(g -> g.isRetired() && !named.contains(g.getId()))) {
                problems.add(new Problem("guidance", "course.guidance.unknown"));
            } else {
                target.setGuidance(guidance.get());
            }
        }
        Committee agreedBy = target.getCostCommittee() == null ? null : em.find(Committee.class, target.getCostCommittee());
        // A committee retired since it agreed a cost: the agreement stands.
        if (target.getCostCommittee() != null && agreedBy == null) {
            problems.add(new Problem("costCommittee", "course.costCommittee.unknown"));
        }
        problems.addAll(CostRules.problems(target.getCost(), agreedBy == null || agreedBy.getKind().agreesCosts(),
                LocalDate.now(clock.withZone(Installation.zone()))));
        return Constraints.store(em, validator, target, target.getId(), problems);
    }

    /** Retires a course: it leaves the catalogue and takes no new sessions, but keeps its history. */
    @ChangesPublicContent
    public void retire(long courseId) throws NotFoundException {
        find(courseId).retire();
    }

    public CourseSession findSession(long id) throws NotFoundException {
        CourseSession session = em.find(CourseSession.class, id);
        if (session == null) {
            throw new NotFoundException("Session", id);
        }
        session.getFacilitators().size();
        if (session.getVenue() != null) {
            session.getVenue().getRooms().size();
        }
        return session;
    }

    /** The sessions of a course, soonest first. */
    public List<CourseSession> sessionsOf(long courseId) {
        return em.createQuery("select s from CourseSession s where s.course.id = :course order by s.startsAt, s.id",
                CourseSession.class).setParameter("course", courseId).getResultList();
    }

    /**
     * Saves a new or edited session of a course, where it says it is (online, at a venue and perhaps one of its rooms, or
     * in person at a venue to be confirmed), with its facilitators (people, by work e-mail address). A cancelled or
     * delivered session cannot change.
     */
    @ChangesPublicContent
    public CourseSession saveSession(@NotNull CourseSession session, @NotNull Collection<String> facilitatorEmails)
            throws RejectedException, NotFoundException {
        CourseSession stored = session.getId() == null ? null : em.find(CourseSession.class, session.getId());
        if (session.getId() != null && stored == null) {
            throw new NotFoundException("Session", session.getId());
        }
        if (stored != null && !stored.isChangeable()) {
            throw new RejectedException(null, "session.notChangeable");
        }
        // Locked as bookings lock it, so that the places taken cannot change before the capacity is saved.
        int placesTaken = 0;
        if (stored != null) {
            em.lock(stored, LockModeType.PESSIMISTIC_WRITE);
            placesTaken = stored.getPlacesTaken();
        }
        int capacityBefore = stored == null ? 0 : stored.getCapacity();
        Course course = session.getCourse() == null || session.getCourse().getId() == null
                ? null : em.find(Course.class, session.getCourse().getId());
        if (course == null) {
            throw new NotFoundException("Course", session.getCourse() == null ? null : session.getCourse().getId());
        }
        // The venue and room chosen, read afresh: one that is not ours is refused, not merged.
        List<Problem> problems = new ArrayList<>();
        Venue venue = session.getVenue() == null ? null : em.find(Venue.class, session.getVenue().getId());
        VenueRoom room = session.getRoom() == null ? null : em.find(VenueRoom.class, session.getRoom().getId());
        if (session.getVenue() != null && venue == null || session.getRoom() != null && room == null) {
            problems.add(new Problem("place", "session.venue.unknown"));
        }
        if (!session.isOnline()) {
            session.setVenue(venue, room);
        }
        CourseSession target = session.getId() == null ? session : em.merge(session);
        target.setCourse(course);
        problems.addAll(target.problems());
        if (course.isRetired() && session.getId() == null) {
            problems.add(new Problem(null, "session.course.retired"));
        }
        List<Person> facilitators = new ArrayList<>();
        for (String email : new LinkedHashSet<>(facilitatorEmails)) {
            List<Person> found = em.createQuery("select p from Person p where lower(p.workEmail) = :email", Person.class)
                    .setParameter("email", email.trim().toLowerCase(Locale.ROOT)).getResultList();
            if (found.isEmpty()) {
                problems.add(new Problem("facilitators", "session.facilitators.unknown"));
                break;
            }
            facilitators.add(found.get(0));
        }
        target.setFacilitators(facilitators);
        if (target.getCapacity() < placesTaken) {
            problems.add(new Problem("capacity", "session.capacity.belowTaken"));
        }
        CourseSession saved = Constraints.store(em, validator, target, target.getId(), problems);
        NextSessions.keep(em, clock.instant(), course.getId());
        if (stored != null && saved.getCapacity() > capacityBefore) {
            placesAdded.fire(new SessionPlacesAdded(saved.getId()));
        }
        return saved;
    }

    /** A new session like an existing one, moved so that it starts at {@code newStart}. */
    @ChangesPublicContent
    public CourseSession copySession(long sessionId, @NotNull Instant newStart) throws RejectedException, NotFoundException {
        CourseSession copy = findSession(sessionId).copyStartingAt(newStart);
        if (copy.getCourse().isRetired()) {
            throw new RejectedException(null, "session.course.retired");
        }
        em.persist(copy);
        NextSessions.keep(em, clock.instant(), copy.getCourse().getId());
        return copy;
    }

    /** Cancels a session, with the reason everyone on it will be given. */
    @ChangesPublicContent
    public void cancelSession(long sessionId, String reason) throws RejectedException, NotFoundException {
        CourseSession session = findSession(sessionId);
        // Locked first, as bookings lock it, and written before the bookings are told: locking it again
        // there reads the row afresh.
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        session.cancel(reason);
        em.flush();
        sessionCancelled.fire(new SessionCancelled(sessionId));
        NextSessions.keep(em, clock.instant(), session.getCourse().getId());
    }
}
