package org.learningnetwork.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
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
import org.learningnetwork.security.Roles;

/**
 * Starts the quarterly KPI job ({@code META-INF/batch-jobs/quarterly-kpi.xml}) for a quarter: on the first working day
 * after each quarter ends, from a timer, once across the server instances sharing the database; and on demand for
 * any quarter that has begun. One run at a time per quarter.
 */
@Stateless
public class KpiJob {

    public static final String JOB = "quarterly-kpi";

    private static final Logger LOG = Logger.getLogger(KpiJob.class.getName());
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    private Clock clock;

    @EJB
    private KpiRuns runs;

    @EJB
    private Leases leases;

    /**
     * Starts the job for the quarter written {@code code} (e.g. {@code 2026-Q1}); refused on the field {@code quarter}
     * when it is not one ({@code kpi.quarter.invalid}), has not begun ({@code kpi.quarter.future}) or is running
     * ({@code kpi.quarter.running}). Returns the job execution's id.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long run(String code) throws RejectedException {
        return start(Quarter.begun(code, LocalDate.now(clock.withZone(UK))));
    }

    /** The run after {@code day}'s quarter end, if {@code day} is its first working day and no other instance claimed it. */
    @PermitAll
    public Optional<Long> runScheduled(LocalDate day) {
        Quarter ended = Quarter.of(day).previous();
        if (!ended.firstWorkingDayAfter().equals(day) || !leases.claimOnce(JOB + "-schedule", ended.code())) {
            return Optional.empty();
        }
        try {
            long id = start(ended);
            LOG.info(() -> "Quarterly KPI job started for " + ended + ", execution " + id);
            return Optional.of(id);
        } catch (RejectedException e) {
            LOG.info(() -> "Quarterly KPI job for " + ended + " is running already");
            return Optional.empty();
        }
    }

    @Schedule(hour = "6", minute = "0", dayOfWeek = "Mon-Fri", persistent = false, info = "quarterly KPI")
    void timeout() {
        runScheduled(LocalDate.now(clock.withZone(UK)));
    }

    /**
     * Goes on with a run the server's stop interrupted, as a new run of the quarter that keeps the figures the
     * interrupted one stored (each chunk stored its figures with its checkpoint) and works out only the rest, then
     * renders and sends the report packs. Refused as {@link #run} refuses; returns the new execution's id.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long resume(String code) throws RejectedException {
        return start(Quarter.begun(code, LocalDate.now(clock.withZone(UK))), true);
    }

    private long start(Quarter quarter) throws RejectedException {
        return start(quarter, false);
    }

    private long start(Quarter quarter, boolean resume) throws RejectedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        return runs.begin(quarter, id -> active(operator, id), () -> {
            Properties parameters = new Properties();
            parameters.setProperty("quarter", quarter.code());
            if (resume) {
                parameters.setProperty("resume", "true");
            }
            return operator.start(JOB, parameters);
        });
    }

    /** Whether the execution is going (one the server's stop interrupted is not: its quarter can run again). */
    private static boolean active(JobOperator operator, long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            return Liveness.going(execution.getBatchStatus().name(), execution.getCreateTime());
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }
}
