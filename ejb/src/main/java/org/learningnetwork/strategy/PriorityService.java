package org.learningnetwork.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.FinancialYear;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Positions;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The learning team keeps the strategy's priorities ({@link Priority}): adds, changes (at the version read), orders and
 * retires them, links the courses that serve each; and sees each one's financial year: its sessions against its target
 * ({@link TargetProgress}), the people who attended and the satisfaction they gave.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class PriorityService {

    private static final ZoneId ZONE = Installation.zone();

    /**
     * A priority's financial year so far.
     *
     * @param attended     people who attended a session of its courses (in full or in part)
     * @param satisfaction the mean satisfaction score (1 to 5) of the end-of-course evaluations answered, or
     *                     {@code null} without any
     * @param answers      how many satisfaction answers the mean is of
     */
    public record YearFigures(Priority priority, FinancialYear year, TargetProgress progress, long attended, Double satisfaction,
                              long answers) {
    }

    /** What a priority is to be; its courses by id. */
    public record Draft(String period, String title, String outcome, String measure, Integer sessionsPerYear, Set<Long> courseIds) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private PriorityFigures counts;

    /** The financial year today is in. */
    public FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(clock.withZone(ZONE)));
    }

    /** Every priority in order, retired ones last, with the year's figures. */
    public List<YearFigures> all(@NotNull FinancialYear year) {
        List<YearFigures> figures = new ArrayList<>();
        for (Priority priority : em.createQuery("select p from Priority p order by p.retired, p.position, p.id", Priority.class)
                .getResultList()) {
            figures.add(figures(priority, year));
        }
        return figures;
    }

    /** A priority's figures for a financial year so far: sessions against its target, attendance and satisfaction. */
    public YearFigures figures(Priority priority, FinancialYear year) {
        PriorityFigures.Figures counted = counts.year(priority, year, clock.instant());
        return new YearFigures(priority, year, counted.progress(), counted.attended(), counted.satisfaction(), counted.answers());
    }

    public Priority find(long id) throws NotFoundException {
        Priority priority = em.find(Priority.class, id);
        if (priority == null) {
            throw new NotFoundException("Priority", id);
        }
        priority.getCourses();
        return priority;
    }

    /** Adds a priority at the end of the list. */
    public Priority add(@NotNull Draft draft) throws RejectedException {
        Priority priority = new Priority();
        int last = em.createQuery("select coalesce(max(p.position), 0) from Priority p", Integer.class).getSingleResult();
        priority.setPosition(last + 1);
        List<Problem> problems = apply(priority, draft);
        return Constraints.store(em, validator, priority, null, problems);
    }

    /** Changes a priority as read at {@code version}. */
    public Priority change(long id, long version, @NotNull Draft draft) throws RejectedException, NotFoundException {
        Priority priority = find(id);
        if (priority.getVersion() != version) {
            throw new OptimisticLockException("The priority has changed since it was read");
        }
        List<Problem> problems = apply(priority, draft);
        problems.addAll(Constraints.problems(validator, priority));
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        em.flush();
        return priority;
    }

    /** Retires a priority (its period is over, or it was replaced), or brings it back. */
    public void retire(long id, boolean retired) throws NotFoundException {
        find(id).setRetired(retired);
    }

    /** Moves a priority up ({@code by} -1) or down (+1) among the priorities. */
    public void move(long id, int by) throws NotFoundException {
        Priority priority = find(id);
        List<Priority> ordered = em.createQuery("select p from Priority p order by p.position, p.id", Priority.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Positions.move(ordered, priority, by, 1, Priority::setPosition);
    }

    private List<Problem> apply(Priority priority, Draft draft) {
        List<Problem> problems = new ArrayList<>();
        priority.setPeriod(draft.period());
        priority.setTitle(draft.title());
        priority.setOutcome(draft.outcome());
        priority.setMeasure(draft.measure());
        priority.setSessionsPerYear(draft.sessionsPerYear());
        Optional<List<Course>> courses = Constraints.all(em, Course.class, draft.courseIds() == null ? Set.of() : draft.courseIds());
        if (courses.isEmpty()) {
            problems.add(new Problem("courses", "priority.courses.unknown"));
        } else {
            priority.setCourses(courses.get());
        }
        return problems;
    }
}
