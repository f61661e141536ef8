package org.learningnetwork.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.Roles;

/**
 * One quarterly KPI run at a time per quarter: a run begins only if the quarter's latest run is not still going (its
 * row is locked meanwhile, so that two requests at once start one run), and the job records how it ended.
 */
@Stateless
public class KpiRuns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Starts a run of {@code quarter} with {@code start} (which starts the job and gives its execution id), unless the
     * quarter's latest run is still going by {@code active} ({@code kpi.quarter.running}).
     */
    @PermitAll
    public long begin(Quarter quarter, LongPredicate active, LongSupplier start) throws RejectedException {
        KpiRun run = em.find(KpiRun.class, quarter.code(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new KpiRun(quarter, clock.instant());
            try {
                em.persist(run);
                em.flush();
            } catch (PersistenceException e) {
                // Another request began the quarter's first run at the same moment.
                throw new RejectedException("quarter", "kpi.quarter.running");
            }
        } else if (run.getStatus() == KpiRun.Status.RUNNING && active.test(run.getExecutionId())) {
            throw new RejectedException("quarter", "kpi.quarter.running");
        }
        long executionId = start.getAsLong();
        run.started(executionId, clock.instant());
        return executionId;
    }

    /** Records how the quarter's run ended. */
    @PermitAll
    public void finished(Quarter quarter, boolean completed) {
        KpiRun run = em.find(KpiRun.class, quarter.code());
        if (run != null) {
            run.finished(completed, clock.instant());
        }
    }

    /** The latest run of each quarter, newest quarter first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<KpiRun> all() {
        return em.createQuery("select r from KpiRun r order by r.quarter desc", KpiRun.class).getResultList();
    }
}
