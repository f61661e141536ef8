package org.learningnetwork.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.platform.Lease;
import org.learningnetwork.platform.LeaseTerms;
import org.learningnetwork.platform.Leases;

/**
 * Sends what the outbox holds: as soon as a transaction that queued mail commits (its thread is woken by
 * {@link MailSignal}), and every ten seconds for mail whose next attempt has come (after a failure) or that another
 * server instance queued. One dispatcher at a time across the server instances sharing the database (it holds a lease
 * while it sends, renewed as its term asks; if its instance dies, another takes over when the lease runs out); each
 * batch of mail is also locked while it is sent, so it goes once. The thread is the server's (a managed thread),
 * started with the application and stopped with it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class MailDispatcher {

    /** The work name of the dispatcher's lease. */
    public static final String WORK = "mail-dispatch";

    /**
     * Mails sent in one transaction: one statement finds and locks them and one commit records them, instead of a
     * transaction for each (which cost about as much in the database as the booking that queued the mail). An instance
     * that dies during a batch sends at most this many mails twice.
     */
    private static final int BATCH = 20;
    private static final Duration ROUND = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopping;
    private Thread worker;

    @EJB
    private MailSender sender;

    @EJB
    private Leases leases;

    @Inject
    private MailSignal signal;

    @Resource
    private ManagedThreadFactory threads;

    @PostConstruct
    void start() {
        worker = threads.newThread(this::work);
        worker.setName("learning-network-mail");
        worker.start();
    }

    /**
     * Lets the thread finish its round and end. It is woken, never interrupted: an interrupt during a read or write of
     * the database's file (H2) closes that file for every thread of the server.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        signal.wake();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The dispatcher's thread: a round when woken, or every {@link #ROUND}, until the application stops. */
    private void work() {
        while (!stopping) {
            try {
                signal.await(ROUND);
            } catch (InterruptedException e) {
                // Interrupted by the server itself as it stops: end here.
                Thread.currentThread().interrupt();
                return;
            }
            if (stopping) {
                return;
            }
            try {
                sendDue();
            } catch (RuntimeException e) {
                // The database or the lease could not be reached: the next round tries again.
                LOG.log(Level.WARNING, "E-mail dispatch round failed ({0}); trying again in {1} s",
                        new Object[] {e.getClass().getSimpleName(), ROUND.toSeconds()});
            }
        }
    }

    /**
     * Sends every mail that is due; returns how many went. Nothing if another server instance is sending: that one
     * sends what is due, or this instance does at its next round. A call during a run makes the run go round again.
     */
    public int sendDue() {
        int sent = 0;
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                Optional<Lease> lease = leases.acquire(WORK, Leases.ALONE);
                if (lease.isEmpty()) {
                    return sent;
                }
                try {
                    sent += sendWhileRequested(lease.get());
                } finally {
                    leases.release(lease.get(), false);
                }
            } finally {
                running.set(false);
            }
        }
        return sent;
    }

    /** Sends batches of due mail until none is left and no new request came, renewing the lease as its term asks. */
    private int sendWhileRequested(Lease lease) {
        int sent = 0;
        long renewEvery = LeaseTerms.renewEvery(lease.term()).toNanos();
        long renewed = System.nanoTime();
        // One connection to the mail server for the run, not one per mail.
        try (MailConnection connection = new MailConnection()) {
            while (requested.getAndSet(false)) {
                MailSender.Batch batch;
                do {
                    batch = sender.sendDue(BATCH, connection);
                    sent += batch.sent();
                    if (System.nanoTime() - renewed >= renewEvery) {
                        if (!leases.renew(lease)) {
                            // Another instance took the dispatch over (this one was too slow to renew): it sends the rest.
                            return sent;
                        }
                        renewed = System.nanoTime();
                    }
                } while (batch.taken() == BATCH);
            }
        }
        return sent;
    }
}
