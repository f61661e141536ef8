package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.learningnetwork.audit.AuditActors;

/** The audit log's actors: the signed-in caller's account, found as {@link Callers} finds it. */
@ApplicationScoped
public class CallerAccounts implements AuditActors {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Long> accountId(Principal caller) {
        return Callers.accountId(em, caller);
    }
}
