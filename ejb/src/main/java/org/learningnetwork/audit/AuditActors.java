package org.learningnetwork.audit;

import java.security.Principal;
import java.util.Optional;

/**
 * Who acted, as the audit log records them: the account of a signed-in caller. Accounts are kept by a feature above
 * the log ({@code security}), which implements this, so that the log, which every feature writes to, depends on none.
 */
public interface AuditActors {

    /** The account id of {@code caller}; none for a caller who is not signed in (e.g. a timer). */
    Optional<Long> accountId(Principal caller);
}
