package org.learningnetwork.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.security.Roles;

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
    public Course save(@NotNull Course course, @NotNull Set<String> strandCodes, @NotNull Set<Long> targetGroupIds,
                       @NotNull Set<Long> prerequisiteIds) throws RejectedException, NotFoundException {
        if (course.getId() != null && em.find(Course.class, course.getId()) == null) {
            throw new NotFoundException("Course", course.getId());
        }
        Course target = course.getId() == null ? course : em.merge(course);
        List<Problem> problems = new ArrayList<>();

        all(Strand.class, strandCodes).ifPresentOrElse(target::setStrands,
                () -> problems.add(new Problem("strands", "course.strands.unknown")));
        all(WorkforceGroup.class, targetGroupIds).ifPresentOrElse(target::setTargetGroups,
                () -> problems.add(new Problem("targetGroups", "course.targetGroups.unknown")));
        Optional<List<Course>> prerequisites = all(Course.class, prerequisiteIds);
        if (prerequisites.isEmpty()) {
            problems.add(new Problem("prerequisites", "course.prerequisites.unknown"));
        } else if (prerequisites.get().stream().anyMatch(target::wouldCycleWith)) {
            problems.add(new Problem("prerequisites", "course.prerequisites.cycle"));
        } else {
            target.setPrerequisites(prerequisites.get());
        }
        return store(target, target.getId(), problems);
    }

    /** Retires a course: it leaves the catalogue and takes no new sessions, but keeps its history. */
    public void retire(long courseId) throws NotFoundException {
        find(courseId).retire();
    }

    public CourseSession findSession(long id) throws NotFoundException {
        CourseSession session = em.find(CourseSession.class, id);
        if (session == null) {
            throw new NotFoundException("Session", id);
        }
        session.getFacilitators().size();
        return session;
    }

    /** The sessions of a course, soonest first. */
    public List<CourseSession> sessionsOf(long courseId) {
        return em.createQuery("select s from CourseSession s where s.course.id = :course order by s.startsAt, s.id",
                CourseSession.class).setParameter("course", courseId).getResultList();
    }

    /**
     * Saves a new or edited session of a course, at a venue (by id, or none for online and e-learning)
     * with its facilitators (people, by id).
     */
    public CourseSession saveSession(@NotNull CourseSession session, Long venueId, @NotNull Set<Long> facilitatorIds)
            throws RejectedException, NotFoundException {
        if (session.getId() != null && em.find(CourseSession.class, session.getId()) == null) {
            throw new NotFoundException("Session", session.getId());
        }
        Course course = session.getCourse() == null || session.getCourse().getId() == null
                ? null : em.find(Course.class, session.getCourse().getId());
        if (course == null) {
            throw new NotFoundException("Course", session.getCourse() == null ? null : session.getCourse().getId());
        }
        CourseSession target = session.getId() == null ? session : em.merge(session);
        target.setCourse(course);
        List<Problem> problems = new ArrayList<>(target.problems());
        if (course.isRetired() && session.getId() == null) {
            problems.add(new Problem(null, "session.course.retired"));
        }
        Venue venue = venueId == null ? null : em.find(Venue.class, venueId);
        if (venueId != null && venue == null) {
            problems.add(new Problem("venue", "session.venue.unknown"));
        }
        target.setVenue(venue);
        all(Person.class, facilitatorIds).ifPresentOrElse(target::setFacilitators,
                () -> problems.add(new Problem("facilitators", "session.facilitators.unknown")));
        return store(target, target.getId(), problems);
    }

    /** A new session like an existing one, moved so that it starts at {@code newStart}. */
    public CourseSession copySession(long sessionId, @NotNull Instant newStart) throws RejectedException, NotFoundException {
        CourseSession copy = findSession(sessionId).copyStartingAt(newStart);
        if (copy.getCourse().isRetired()) {
            throw new RejectedException(null, "session.course.retired");
        }
        em.persist(copy);
        return copy;
    }

    /** The records with these keys, or nothing if any of them does not exist. */
    private <T> Optional<List<T>> all(Class<T> type, Collection<?> keys) {
        List<T> found = keys.stream().map(key -> em.find(type, key)).toList();
        return found.contains(null) ? Optional.empty() : Optional.of(found);
    }

    /** Rejects the change if anything was found wrong or a constraint fails; otherwise saves it. */
    private <T> T store(T target, Long id, List<Problem> problems) throws RejectedException {
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        Constraints.check(validator, target);
        if (id == null) {
            em.persist(target);
        }
        em.flush();
        return target;
    }

    public void cancelSession(long sessionId) throws RejectedException, NotFoundException {
        findSession(sessionId).cancel();
    }
}
