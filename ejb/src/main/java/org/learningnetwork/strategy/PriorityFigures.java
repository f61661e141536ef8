package org.learningnetwork.strategy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.catalogue.FinancialYear;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.evaluation.Measure;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.platform.Installation;

/**
 * What is counted for a strategy priority, over its courses: sessions held and planned against its yearly target,
 * people who attended, and the satisfaction of the end-of-course evaluations answered. For the learning team's screen
 * (a financial year so far) and the committees' quarterly pack (a quarter, with its financial year as at the quarter's
 * end). Reads only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PriorityFigures {

    private static final ZoneId ZONE = Installation.zone();
    private static final List<SessionStatus> NOT_HELD = List.of(SessionStatus.CANCELLED, SessionStatus.DRAFT);
    private static final String OF_PRIORITY = " s.course in (select c from Priority p join p.courses c where p = :priority)";

    /**
     * A priority's figures over a period.
     *
     * @param attended     people who attended a session of its courses that started in the period (in full or in part)
     * @param satisfaction the mean satisfaction (1 to 5) of the answers given in the period, {@code null} without any
     * @param answers      how many answers the mean is of
     */
    public record Figures(Priority priority, TargetProgress progress, long attended, Double satisfaction, long answers) {
    }

    /** A priority in a committee's quarterly pack: the quarter's figures, and its financial year's sessions at the quarter's end. */
    public record Quarterly(Priority priority, long sessions, long attended, Double satisfaction, long answers, TargetProgress year) {
    }

    @PersistenceContext
    private EntityManager em;

    /** The priority's financial year as at {@code now}: sessions delivered and planned, attendance and satisfaction. */
    public Figures year(Priority priority, FinancialYear year, Instant now) {
        Instant from = year.startAt(ZONE).toInstant();
        Instant to = year.endAt(ZONE).toInstant();
        Object[] satisfaction = satisfaction(priority, year.start(), year.end());
        long answers = ((Number) satisfaction[1]).longValue();
        return new Figures(priority, progress(priority, year, now), attended(priority, from, to),
                answers == 0 ? null : ((Number) satisfaction[0]).doubleValue(), answers);
    }

    /**
     * The active priorities with a course in one of the strands (a committee's), in order, each with the quarter's
     * sessions delivered, people attended and satisfaction, and its financial year's progress as at the quarter's end.
     */
    public List<Quarterly> quarter(Quarter quarter, Collection<String> strandCodes) {
        List<Quarterly> rows = new ArrayList<>();
        if (strandCodes.isEmpty()) {
            return rows;
        }
        List<Priority> priorities = em.createQuery("select distinct p from Priority p join p.courses c join c.strands s"
                + " where p.retired = false and s.code in :strands order by p.position, p.id", Priority.class)
                .setParameter("strands", strandCodes).getResultList();
        FinancialYear year = FinancialYear.of(quarter.firstDay());
        for (Priority priority : priorities) {
            long sessions = em.createQuery("select count(s) from CourseSession s where" + OF_PRIORITY + " and s.status not in :notHeld"
                            + " and s.startsAt >= :from and s.startsAt < :to and s.endsAt <= :to", Long.class)
                    .setParameter("priority", priority).setParameter("notHeld", NOT_HELD).setParameter("from", quarter.start())
                    .setParameter("to", quarter.end()).getSingleResult();
            Object[] satisfaction = satisfaction(priority, quarter.firstDay(), quarter.endExclusive());
            long answers = ((Number) satisfaction[1]).longValue();
            rows.add(new Quarterly(priority, sessions, attended(priority, quarter.start(), quarter.end()),
                    answers == 0 ? null : ((Number) satisfaction[0]).doubleValue(), answers, progress(priority, year, quarter.end())));
        }
        return rows;
    }

    /** Sessions of the year's that were held by {@code asAt} and those still to come, against the target. */
    private TargetProgress progress(Priority priority, FinancialYear year, Instant asAt) {
        Instant from = year.startAt(ZONE).toInstant();
        Instant to = year.endAt(ZONE).toInstant();
        String sessions = "select count(s) from CourseSession s where" + OF_PRIORITY + " and s.status not in :notHeld"
                + " and s.startsAt >= :from and s.startsAt < :to and s.endsAt ";
        long delivered = em.createQuery(sessions + "<= :asAt", Long.class).setParameter("priority", priority)
                .setParameter("notHeld", NOT_HELD).setParameter("from", from).setParameter("to", to).setParameter("asAt", asAt)
                .getSingleResult();
        long planned = em.createQuery(sessions + "> :asAt", Long.class).setParameter("priority", priority)
                .setParameter("notHeld", NOT_HELD).setParameter("from", from).setParameter("to", to).setParameter("asAt", asAt)
                .getSingleResult();
        return new TargetProgress(priority.getSessionsPerYear(), delivered, planned);
    }

    private long attended(Priority priority, Instant from, Instant to) {
        return em.createQuery("select count(distinct b.person) from Booking b join b.session s where" + OF_PRIORITY
                        + " and b.status = :confirmed and b.attendance in :attended and s.startsAt >= :from and s.startsAt < :to", Long.class)
                .setParameter("priority", priority).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("attended", List.of(Attendance.ATTENDED, Attendance.PARTIAL)).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    /** The mean and the number of satisfaction answers about its courses given from {@code firstDay} to before {@code endDay}. */
    private Object[] satisfaction(Priority priority, LocalDate firstDay, LocalDate endDay) {
        Object[] row = em.createQuery("select avg(a.score), count(a.score) from EvaluationAnswer a join a.response r"
                        + " where r.course in (select c from Priority p join p.courses c where p = :priority)"
                        + " and a.question.measure = :measure and r.submittedOn >= :firstDay and r.submittedOn < :endDay", Object[].class)
                .setParameter("priority", priority).setParameter("measure", Measure.SATISFACTION)
                .setParameter("firstDay", firstDay).setParameter("endDay", endDay).getSingleResult();
        return new Object[] {row[0], row[1] == null ? 0L : row[1]};
    }
}
