package org.learningnetwork.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way work that runs by itself is claimed across the server instances sharing the database: timers' rounds,
 * batch job runs, the nightly retention sweep, the outbox's dispatch. A lease on (work, key) is taken in a transaction
 * of its own by a single conditional update, so of two instances asking at once exactly one gets it; its holder
 * renews it while it works ({@link #renew}) and releases it when it has finished ({@link #release}). A lease its
 * holder let run out ({@link LeaseTerms}) is taken by the next instance that asks, which goes on with the work from
 * what was stored. Work that must happen once per key (a night's sweep) is released as done and never taken again.
 * Reached by timers and jobs, which run without a signed-in caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Leases {

    /** The key of work that is one at a time whatever it runs on. */
    public static final String ALONE = "";

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Takes the lease on {@code work}'s {@code key} for this instance, if it is free: nobody holds it, or its holder let
     * it run out (then this instance takes the work over), and it is not done. Nothing if another instance holds it.
     */
    public Optional<Lease> acquire(String work, String key) {
        Duration term = LeaseTerms.term();
        Instant now = clock.instant();
        int taken = take(work, key, now, term);
        if (taken == 0 && !exists(work, key)) {
            // The first lease on this work and key: created under the lock of the row all new leases are created under,
            // so that two instances never both insert it.
            em.createNativeQuery("select work_name from work_lease where work_name = '*' and run_key = '' for update").getResultList();
            if (!exists(work, key)) {
                em.createNativeQuery("insert into work_lease (work_name, run_key) values (?, ?)")
                        .setParameter(1, work).setParameter(2, key).executeUpdate();
            }
            taken = take(work, key, now, term);
        }
        return taken == 1 ? Optional.of(new Lease(work, key, term, fence(work, key))) : Optional.empty();
    }

    /**
     * Keeps the lease for another term; {@code false} if this instance no longer holds this taking of it (another
     * instance took it over, or it was released and taken again).
     */
    public boolean renew(Lease lease) {
        return em.createNativeQuery("update work_lease set expires_at = ? where work_name = ? and run_key = ? and holder = ? and fence = ?")
                .setParameter(1, utc(clock.instant().plus(lease.term()))).setParameter(2, lease.work())
                .setParameter(3, lease.key()).setParameter(4, ServerInstance.name()).setParameter(5, lease.fence())
                .executeUpdate() == 1;
    }

    /**
     * Lets the lease go: the work is free for any instance again, or, if {@code done}, never to be taken again. Nothing
     * if this taking of it is no longer held (a later one, even on this instance, is left alone).
     */
    public void release(Lease lease, boolean done) {
        if (done) {
            em.createNativeQuery("update work_lease set holder = null, expires_at = null, done_at = ?"
                            + " where work_name = ? and run_key = ? and holder = ? and fence = ?")
                    .setParameter(1, utc(clock.instant())).setParameter(2, lease.work()).setParameter(3, lease.key())
                    .setParameter(4, ServerInstance.name()).setParameter(5, lease.fence()).executeUpdate();
        } else {
            em.createNativeQuery("update work_lease set holder = null, expires_at = null"
                            + " where work_name = ? and run_key = ? and holder = ? and fence = ?")
                    .setParameter(1, lease.work()).setParameter(2, lease.key()).setParameter(3, ServerInstance.name())
                    .setParameter(4, lease.fence()).executeUpdate();
        }
    }

    /**
     * Claims {@code work}'s {@code key} as done by this instance, if no instance has done or is doing it: for a start
     * that must happen once across the instances (a scheduled job run's start). Whether this instance claimed it.
     */
    public boolean claimOnce(String work, String key) {
        Optional<Lease> lease = acquire(work, key);
        lease.ifPresent(held -> release(held, true));
        return lease.isPresent();
    }

    /** Whether the work's key is done (released as done by whoever ran it). */
    public boolean done(String work, String key) {
        return !em.createNativeQuery("select 1 from work_lease where work_name = ? and run_key = ? and done_at is not null")
                .setParameter(1, work).setParameter(2, key).getResultList().isEmpty();
    }

    /** The keys of {@code work} whose holder let the lease run out before the work was done: work to take over. */
    @SuppressWarnings("unchecked")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> abandoned(String work) {
        return em.createNativeQuery("select run_key from work_lease where work_name = ? and holder is not null and done_at is null"
                        + " and expires_at <= ? order by run_key")
                .setParameter(1, work).setParameter(2, utc(clock.instant())).getResultList();
    }

    /**
     * Lets every lease this instance holds run out now (it is stopping): other instances take the work over at once,
     * going on with what was left unfinished. How many.
     */
    public int expireAllHeld() {
        return em.createNativeQuery("update work_lease set expires_at = ? where holder = ?")
                .setParameter(1, utc(clock.instant())).setParameter(2, ServerInstance.name()).executeUpdate();
    }

    /**
     * Does {@code task} on this instance if no other is doing {@code work} (key {@link #ALONE}), holding the lease
     * meanwhile; the task runs in no transaction (the services it calls start their own). Nothing if another instance
     * holds it: that is normal with several instances, and said only at the finest log level.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> Optional<T> alone(String work, Supplier<T> task) {
        Leases self = self();
        Optional<Lease> lease = self.acquire(work, ALONE);
        if (lease.isEmpty()) {
            LOG.fine(() -> work + ": another instance has it");
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(task.get());
        } finally {
            try {
                self.release(lease.get(), false);
            } catch (RuntimeException e) {
                // The lease runs out by itself; the work is done either way.
                LOG.log(Level.WARNING, "{0}: lease not released ({1}); it runs out", new Object[] {work, e.getClass().getSimpleName()});
            }
        }
    }

    private Leases self() {
        return context.getBusinessObject(Leases.class);
    }

    private int take(String work, String key, Instant now, Duration term) {
        return em.createNativeQuery("update work_lease set holder = ?, acquired_at = ?, expires_at = ?, fence = fence + 1"
                        + " where work_name = ? and run_key = ? and done_at is null and (holder is null or expires_at <= ?)")
                .setParameter(1, ServerInstance.name()).setParameter(2, utc(now)).setParameter(3, utc(now.plus(term)))
                .setParameter(4, work).setParameter(5, key).setParameter(6, utc(now)).executeUpdate();
    }

    /** The fence of the lease as this transaction has just taken it (its row locked by the taking). */
    private long fence(String work, String key) {
        return ((Number) em.createNativeQuery("select fence from work_lease where work_name = ? and run_key = ?")
                .setParameter(1, work).setParameter(2, key).getSingleResult()).longValue();
    }

    private boolean exists(String work, String key) {
        return !em.createNativeQuery("select 1 from work_lease where work_name = ? and run_key = ?")
                .setParameter(1, work).setParameter(2, key).getResultList().isEmpty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
