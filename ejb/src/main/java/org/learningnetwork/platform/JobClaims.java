package org.learningnetwork.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Claims a scheduled run of a batch job, so that with several server instances on one database only the first to
 * claim it starts it. Reached by the jobs' timers only (which run without a signed-in caller).
 */
@Stateless
@PermitAll
public class JobClaims {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @jakarta.annotation.Resource
    private SessionContext context;

    /** Whether this instance claimed {@code job}'s run {@code runKey}; {@code false} when another already had. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean claim(String job, String runKey) {
        if (claimed(job, runKey)) {
            return false;
        }
        try {
            context.getBusinessObject(JobClaims.class).insert(job, runKey);
            return true;
        } catch (EJBException e) {
            if (!claimed(job, runKey)) {
                throw e;
            }
            // Another instance claimed it between the check and the insert (the key is unique).
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(String job, String runKey) {
        em.createNativeQuery("insert into job_claim (job_name, run_key, claimed_at) values (?, ?, ?)")
                .setParameter(1, job).setParameter(2, runKey).setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private boolean claimed(String job, String runKey) {
        return ((Number) em.createNativeQuery("select count(*) from job_claim where job_name = ? and run_key = ?")
                .setParameter(1, job).setParameter(2, runKey).getSingleResult()).longValue() > 0;
    }
}
