package org.learningnetwork.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The revision of what the public pages and the public API show (courses, sessions, places left). Every
 * change to it moves the revision on, so that copies of public pages made before the change are no longer
 * used. Inside a transaction the revision moves on when the change is made and again when the transaction
 * ends, so a page rendered while the change was not yet committed is not kept either.
 *
 * <p>The revision belongs to this server instance; other instances on the same database learn of the
 * change when their copies expire.
 */
@ApplicationScoped
public class PublicContent {

    private static final String REGISTERED = PublicContent.class.getName() + ".registered";

    private final AtomicLong revision = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The current revision: equal revisions mean nothing public has changed in between. */
    public long revision() {
        return revision.get();
    }

    /** Records that something public is changing (in the current transaction, if there is one). */
    public void changed() {
        revision.incrementAndGet();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    revision.incrementAndGet();
                }
            });
        }
    }
}
