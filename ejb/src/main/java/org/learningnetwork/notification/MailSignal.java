package org.learningnetwork.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Tells the dispatcher's thread that mail was queued. Plain Java on purpose: it is called from a transaction's
 * completion ({@link Outbox}), where calling an enterprise bean, or handing work to the server's executor, makes the
 * container touch a transaction that has already ended.
 */
@ApplicationScoped
public class MailSignal {

    private final Object lock = new Object();
    private boolean pending;

    /** Mail was queued: wakes the dispatcher. */
    public void queued() {
        wake();
    }

    /** Wakes the dispatcher's thread at once (mail was queued, or the application is stopping). */
    void wake() {
        synchronized (lock) {
            pending = true;
            lock.notifyAll();
        }
    }

    /** Waits until mail is queued or {@code most} has passed; whether mail was queued (and takes the signal). */
    boolean await(Duration most) throws InterruptedException {
        long until = System.nanoTime() + most.toNanos();
        synchronized (lock) {
            while (!pending) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            pending = false;
            return true;
        }
    }
}
