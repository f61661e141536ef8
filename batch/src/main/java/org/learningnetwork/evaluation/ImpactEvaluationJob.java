package org.learningnetwork.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.learningnetwork.jobs.Liveness;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reporting.Quarter;
import org.learningnetwork.security.Roles;

/**
 * Starts the impact evaluation job ({@code META-INF/batch-jobs/impact-evaluation.xml}): every morning from a timer,
 * once across the server instances sharing the database (the first to claim the day starts it), and on demand for
 * the learning team. Not while it is already running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImpactEvaluationJob {

    public static final String JOB = "impact-evaluation";

    private static final Logger LOG = Logger.getLogger(ImpactEvaluationJob.class.getName());
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    private Clock clock;

    @EJB
    private Leases leases;

    /** Starts the job now; refused ({@code evaluation.job.running}) while it runs. Returns the execution's id. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long runNow() throws RejectedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (running(operator)) {
            throw new RejectedException(null, "evaluation.job.running");
        }
        return operator.start(JOB, new Properties());
    }

    /**
     * Starts the job now, working out the course impact of {@code code}'s quarter only (an older quarter the daily
     * run no longer works out, say after a correction); a malformed or future quarter is refused on the field
     * {@code quarter}, and so is a start while the job runs. Returns the execution's id.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long runFor(String code) throws RejectedException {
        Quarter quarter = Quarter.begun(code, LocalDate.now(clock.withZone(UK)));
        JobOperator operator = BatchRuntime.getJobOperator();
        if (running(operator)) {
            throw new RejectedException("quarter", "evaluation.job.running");
        }
        Properties parameters = new Properties();
        parameters.setProperty("quarter", quarter.code());
        return operator.start(JOB, parameters);
    }

    /** The morning's run for {@code day}, unless another instance claimed it or the job is running; the execution's id. */
    @PermitAll
    public Optional<Long> runScheduled(LocalDate day) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (running(operator) || !leases.claimOnce(JOB + "-schedule", day.toString())) {
            return Optional.empty();
        }
        long id = operator.start(JOB, new Properties());
        LOG.info(() -> "Impact evaluation job started for " + day + ", execution " + id);
        return Optional.of(id);
    }

    @Schedule(hour = "4", minute = "20", persistent = false, info = "impact evaluation")
    void timeout() {
        runScheduled(LocalDate.now(clock.withZone(UK)));
    }

    private static boolean running(JobOperator operator) {
        try {
            // One the server's stop interrupted is not running.
            return operator.getRunningExecutions(JOB).stream().map(operator::getJobExecution)
                    .anyMatch(e -> Liveness.going(e.getBatchStatus().name(), e.getCreateTime()));
        } catch (NoSuchJobException e) {
            // Never run on this server yet.
            return false;
        }
    }
}
