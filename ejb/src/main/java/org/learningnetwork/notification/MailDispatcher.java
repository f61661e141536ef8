package org.learningnetwork.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends what the outbox holds: as soon as a transaction that queued mail commits, and every half minute for
 * mail whose next attempt has come (after a failure) or that another server instance queued. One run at a
 * time per instance; a request during a run makes the run go round again, so nothing waits for the timer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class MailDispatcher {

    private static final int BATCH = 100;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    @EJB
    private MailSender sender;

    @Resource
    private SessionContext context;

    /**
     * A transaction that queued mail has committed ({@link Outbox}): send it, on another thread. While a run is
     * under way nothing more is started: the run sees the request and goes round again (it checks for requests
     * after it has finished, so none is missed).
     */
    public void queued() {
        requested.set(true);
        if (!running.get()) {
            context.getBusinessObject(MailDispatcher.class).sendDueLater();
        }
    }

    @Asynchronous
    public void sendDueLater() {
        sendDue();
    }

    /** Sends every mail that is due; returns how many went. */
    public int sendDue() {
        int sent = 0;
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            // One connection to the mail server for the run, not one per mail.
            try (MailConnection connection = new MailConnection()) {
                while (requested.getAndSet(false)) {
                    List<Long> due;
                    do {
                        due = sender.due(BATCH);
                        for (Long id : due) {
                            sent += sender.send(id, connection) ? 1 : 0;
                        }
                    } while (due.size() == BATCH);
                }
            } finally {
                running.set(false);
            }
        }
        return sent;
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "e-mail outbox")
    void timeout() {
        sendDue();
    }
}
