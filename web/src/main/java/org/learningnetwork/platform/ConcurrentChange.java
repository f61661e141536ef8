package org.learningnetwork.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

/** Recognises a save that lost to someone else's edit of the same record (optimistic locking). */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean causedBy(EJBException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return failure.getCausedByException() instanceof OptimisticLockException;
    }
}
