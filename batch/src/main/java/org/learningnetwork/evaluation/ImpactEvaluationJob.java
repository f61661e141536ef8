package org.learningnetwork.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.learningnetwork.access.Roles;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.jobs.JobExecutions;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.RejectedException;

/**
 * Starts the impact evaluation job ({@code META-INF/batch-jobs/impact-evaluation.xml}): every morning from a timer,
 * once across the server instances sharing the database (the first to claim the day starts it), and on demand for
 * the learning team. One run at a time across the instances (its lease, see {@link JobExecutions}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImpactEvaluationJob {

    public static final String JOB = "impact-evaluation";

    private static final Logger LOG = Logger.getLogger(ImpactEvaluationJob.class.getName());
    private static final ZoneId ZONE = Installation.zone();

    @Inject
    private Clock clock;

    @EJB
    private JobExecutions executions;

    @EJB
    private Leases leases;

    /** Starts the job now; refused ({@code evaluation.job.running}) while it runs on any instance. Returns the run's id. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long runNow() throws RejectedException {
        return executions.start(JOB, Leases.ALONE, new Properties(), null, "evaluation.job.running");
    }

    /**
     * Starts the job now, working out the course impact of {@code code}'s quarter only (an older quarter the daily
     * run no longer works out, say after a correction); a malformed or future quarter is refused on the field
     * {@code quarter}, and so is a start while the job runs. Returns the run's id.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long runFor(String code) throws RejectedException {
        Quarter quarter = Quarter.begun(code, LocalDate.now(clock.withZone(ZONE)));
        Properties parameters = new Properties();
        parameters.setProperty(JobExecutions.QUARTER, quarter.code());
        return executions.start(JOB, Leases.ALONE, parameters, "quarter", "evaluation.job.running");
    }

    /** The morning's run for {@code day}, unless another instance claimed the day or the job is running; the run's id. */
    @PermitAll
    public Optional<Long> runScheduled(LocalDate day) {
        if (!leases.claimOnce(JOB + "-schedule", day.toString())) {
            return Optional.empty();
        }
        try {
            long id = executions.start(JOB, Leases.ALONE, new Properties(), null, "evaluation.job.running");
            LOG.info(() -> "Impact evaluation job started for " + day + ", run " + id);
            return Optional.of(id);
        } catch (RejectedException e) {
            LOG.info(() -> "Impact evaluation job for " + day + ": a run is going already, which does what is due");
            return Optional.empty();
        }
    }

    @Schedule(hour = "4", minute = "20", persistent = false, info = "impact evaluation")
    void timeout() {
        runScheduled(LocalDate.now(clock.withZone(ZONE)));
    }
}
