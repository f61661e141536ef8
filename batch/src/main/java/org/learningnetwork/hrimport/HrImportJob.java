package org.learningnetwork.hrimport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.access.Roles;
import org.learningnetwork.jobs.JobExecutions;
import org.learningnetwork.jobs.JobRun;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * Starts the HR import's job ({@code META-INF/batch-jobs/hr-import.xml}) for an import: its dry run when the file
 * is taken, its application when an administrator applies it. A run holds the lease on the import, so it runs once
 * across the server instances, and is taken over by another instance if its own stops.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HrImportJob {

    public static final String JOB = "hr-import";

    private static final Logger LOG = Logger.getLogger(HrImportJob.class.getName());

    @EJB
    private HrImportService imports;

    @EJB
    private JobExecutions executions;

    /** Takes the file and starts its dry run; the import's id. Refused as {@link HrImportService#upload} refuses. */
    public long upload(String fileName, byte[] content, HrImport.Source source) throws RejectedException {
        long id = imports.upload(fileName, content, source);
        start(id);
        return id;
    }

    /**
     * Applies a checked import (refused as {@link HrImportService#apply} refuses). The run that checked it may still
     * be ending (its result stored, its run and lease not yet let go): that is waited for, a few seconds at most, so
     * that an HR system applying an import as soon as it reads "checked" is not refused.
     */
    public void apply(long id) throws RejectedException, NotFoundException {
        awaitEnded(id);
        imports.apply(id);
        startOnceFree(id);
    }

    /** Checks an import again (refused as {@link HrImportService#recheck} refuses), as {@link #apply} waits. */
    public void recheck(long id) throws RejectedException, NotFoundException {
        awaitEnded(id);
        imports.recheck(id);
        startOnceFree(id);
    }

    /** How long an import's run that has stored its result may take to end. */
    private static final Duration ENDING = Duration.ofSeconds(15);

    /** Waits for the import's latest run to end; refused ({@code hr.import.running}) if it is still going after {@link #ENDING}. */
    private void awaitEnded(long id) throws RejectedException {
        Instant until = Instant.now().plus(ENDING);
        while (latestRun(id).map(JobRun::isRunning).orElse(false)) {
            pause(until);
        }
    }

    /** Starts the import's run, waiting (as {@link #awaitEnded}) for a run that is ending to let its lease go. */
    private void startOnceFree(long id) throws RejectedException {
        Instant until = Instant.now().plus(ENDING);
        while (true) {
            try {
                start(id);
                return;
            } catch (RejectedException e) {
                pause(until);
            }
        }
    }

    private static void pause(Instant until) throws RejectedException {
        if (Instant.now().isAfter(until)) {
            throw new RejectedException(null, "hr.import.running");
        }
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedException(null, "hr.import.running");
        }
    }

    /**
     * Runs again the check or application of an import whose run failed or was interrupted; refused if it is not
     * being checked or applied ({@code hr.retry.notWorking}) or its run is going ({@code hr.import.running}).
     */
    public void retry(long id) throws RejectedException, NotFoundException {
        if (!imports.find(id).status().working()) {
            throw new RejectedException(null, "hr.retry.notWorking");
        }
        Optional<JobRun> run = latestRun(id);
        if (run.isPresent() && run.get().isRestartable()) {
            executions.restart(run.get().getId());
        } else if (run.isPresent() && run.get().isRunning()) {
            throw new RejectedException(null, "hr.import.running");
        } else {
            start(id);
        }
    }

    /** The latest run of the import's job, if any. */
    public Optional<JobRun> latestRun(long id) {
        return executions.latest(JOB, Long.toString(id));
    }

    /**
     * Every five minutes, if the installation has an HR import folder: applies the oldest export picked up whose dry
     * run refused no row (when {@code learningnetwork.hr-import.folder-apply} is {@code clean}), or else takes the
     * oldest file waiting and starts its dry run. One thing per round; the folder and the leases keep it to one
     * instance.
     */
    @PermitAll
    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "HR import folder")
    public void pickUp() {
        Optional<HrImportFolder> folder = HrImportFolder.configured();
        if (folder.isEmpty()) {
            return;
        }
        try {
            if (HrImportFolder.appliesClean()) {
                Optional<Long> applying = imports.applyCleanFromFolder();
                if (applying.isPresent()) {
                    start(applying.get());
                    LOG.info(() -> "HR import " + applying.get() + " (picked up, no row refused) is being applied");
                    return;
                }
            }
            if (imports.working()) {
                return;
            }
            Optional<HrImportFolder.Taken> taken = folder.get().take(Instant.now());
            if (taken.isEmpty()) {
                return;
            }
            Optional<Long> id = imports.takeFromFolder(taken.get().name(), taken.get().content());
            if (id.isEmpty()) {
                taken.get().putBack();
                return;
            }
            taken.get().delete();
            start(id.get());
            LOG.info(() -> "HR import " + id.get() + " picked up from the folder and being checked");
        } catch (IOException | RejectedException | RuntimeException e) {
            LOG.log(Level.WARNING, "The HR import folder could not be read or its import started ({0})", e.getClass().getSimpleName());
        }
    }

    private void start(long id) throws RejectedException {
        executions.start(JOB, Long.toString(id), new Properties(), null, "hr.import.running");
    }
}
