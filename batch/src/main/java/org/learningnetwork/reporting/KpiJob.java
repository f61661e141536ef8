package org.learningnetwork.reporting;

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
 * Starts the quarterly KPI job ({@code META-INF/batch-jobs/quarterly-kpi.xml}) for a quarter: on the first working day
 * after each quarter ends, from a timer, once across the server instances sharing the database; and on demand for
 * any quarter that has begun. One run of a quarter at a time across the instances (its lease, see {@link
 * JobExecutions}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KpiJob {

    public static final String JOB = "quarterly-kpi";

    private static final Logger LOG = Logger.getLogger(KpiJob.class.getName());
    private static final ZoneId ZONE = Installation.zone();

    @Inject
    private Clock clock;

    @EJB
    private JobExecutions executions;

    @EJB
    private Leases leases;

    /**
     * Starts the job for the quarter written {@code code} (e.g. {@code 2026-Q1}); refused on the field {@code quarter}
     * when it is not one ({@code kpi.quarter.invalid}), has not begun ({@code kpi.quarter.future}) or is being worked
     * out on any instance ({@code kpi.quarter.running}). Returns the run's id.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long run(String code) throws RejectedException {
        return start(Quarter.begun(code, LocalDate.now(clock.withZone(ZONE))), false);
    }

    /**
     * Goes on with a quarter's run that stopped part-way, as a new run that keeps the figures stored (each chunk stored
     * its part with its checkpoint) and works out only the rest, then renders and sends the report packs not yet sent.
     * Refused as {@link #run} refuses; returns the new run's id.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long resume(String code) throws RejectedException {
        return start(Quarter.begun(code, LocalDate.now(clock.withZone(ZONE))), true);
    }

    /** The run after {@code day}'s quarter end, if {@code day} is its first working day and no other instance claimed it. */
    @PermitAll
    public Optional<Long> runScheduled(LocalDate day) {
        Quarter ended = Quarter.of(day).previous();
        if (!ended.firstWorkingDayAfter().equals(day) || !leases.claimOnce(JOB + "-schedule", ended.code())) {
            return Optional.empty();
        }
        try {
            long id = start(ended, false);
            LOG.info(() -> "Quarterly KPI job started for " + ended + ", run " + id);
            return Optional.of(id);
        } catch (RejectedException e) {
            LOG.info(() -> "Quarterly KPI job for " + ended + " is being worked out already");
            return Optional.empty();
        }
    }

    @Schedule(hour = "6", minute = "0", dayOfWeek = "Mon-Fri", persistent = false, info = "quarterly KPI")
    void timeout() {
        runScheduled(LocalDate.now(clock.withZone(ZONE)));
    }

    private long start(Quarter quarter, boolean resume) throws RejectedException {
        Properties parameters = new Properties();
        parameters.setProperty(JobExecutions.QUARTER, quarter.code());
        if (resume) {
            parameters.setProperty(JobExecutions.RESUME, "true");
        }
        return executions.start(JOB, quarter.code(), parameters, "quarter", "kpi.quarter.running");
    }
}
