package org.learningnetwork.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.learningnetwork.access.Roles;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;

/**
 * The audit log: the one way to record who viewed, exported, changed or erased personal data, and every
 * administrative change. An entry is written in the caller's transaction (it exists only if what it records
 * happened), after the chain's head row is locked, so entries are numbered without gaps and each is hash-chained
 * to the one before; {@link #verify()} walks the chain and reports the first broken link. Entries hold no
 * personal data: the actor is the signed-in account's id (none for the application's own timers), the target a
 * record type and id, the detail a code.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class AuditLog {

    private static final int PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private AuditActors actors;

    /**
     * Records that the caller did {@code action} to the record {@code targetType} #{@code targetId}; {@code detail}
     * is a code saying more (e.g. which download), never personal data.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEntry record(AuditAction action, String targetType, Long targetId, String detail) {
        return append(action, targetType, targetId, detail);
    }

    /**
     * Records that the caller tried something with personal data they may not do ({@link AuditAction#REFUSED}),
     * in a transaction of its own: the refusal that follows rolls the caller's back, the record stays. Call it
     * before recording anything else in the caller's transaction, which would otherwise hold the chain's head.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry refused(String targetType, Long targetId, String detail) {
        return append(AuditAction.REFUSED, targetType, targetId, detail);
    }

    /**
     * Records a sign-in or a failed one: the account is the actor of its own sign-in (nobody is signed in yet) and
     * its target; {@code null} for a username that names no account.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEntry signIn(Long accountId, boolean succeeded, String detail) {
        return append(succeeded ? AuditAction.SIGNED_IN : AuditAction.SIGN_IN_FAILED, "UserAccount", accountId, detail, accountId);
    }

    private AuditEntry append(AuditAction action, String targetType, Long targetId, String detail) {
        return append(action, targetType, targetId, detail, actors.accountId(context.getCallerPrincipal()).orElse(null));
    }

    private AuditEntry append(AuditAction action, String targetType, Long targetId, String detail, Long actor) {
        Objects.requireNonNull(action, "action");
        if (targetType == null || targetType.isBlank() || targetType.length() > 40) {
            throw new IllegalArgumentException("An audit target type of 1 to 40 characters is required");
        }
        if (detail != null && detail.length() > 100) {
            throw new IllegalArgumentException("An audit detail is a code of at most 100 characters");
        }
        AuditChain head = em.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.getLastId() + 1, AuditHash.kept(clock.instant()), actor, action, targetType,
                targetId, detail, head.getLastHash());
        em.persist(entry);
        head.appended(entry, AuditAnchor.fromSystemProperties(), false);
        return entry;
    }

    /**
     * Signs the chain's head with the server's key when it has never been signed (a new installation, the first start
     * with a key, or a signature removed in the database), and records that it did, so that the officer sees each time
     * the chain was anchored. Nothing happens without a key or when the head is signed already. Called at start-up.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean anchor() {
        AuditAnchor anchor = AuditAnchor.fromSystemProperties();
        AuditChain head = em.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
        if (!anchor.configured() || !head.isUnsigned()) {
            return false;
        }
        AuditEntry entry = new AuditEntry(head.getLastId() + 1, AuditHash.kept(clock.instant()), null, AuditAction.CHANGED,
                "AuditChain", null, "anchored", head.getLastHash());
        em.persist(entry);
        head.appended(entry, anchor, true);
        return true;
    }

    /**
     * Walks the whole chain from its first entry: every entry must be numbered next, follow the previous entry's
     * hash and match its own; the last must be the head's. Reports the first break.
     */
    @RolesAllowed({Roles.DPO, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verify() {
        AuditChain head = em.find(AuditChain.class, AuditChain.ID);
        long expectedId = head.getFirstId();
        String previous = head.getFirstPreviousHash();
        long checked = 0;
        long after = expectedId - 1;
        while (true) {
            // Up to the head as read: entries appended since are newer than this check.
            List<AuditEntry> page = em.createQuery("select e from AuditEntry e where e.id > :after and e.id <= :last"
                            + " order by e.id", AuditEntry.class)
                    .setParameter("after", after).setParameter("last", head.getLastId()).setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                if (entry.getId() != expectedId) {
                    return ChainReport.broken(checked, entry.getId(), "audit.chain.missing");
                }
                if (!entry.getPreviousHash().equals(previous)) {
                    return ChainReport.broken(checked, entry.getId(), "audit.chain.relinked");
                }
                if (!AuditHash.of(entry).equals(entry.getHash())) {
                    return ChainReport.broken(checked, entry.getId(), "audit.chain.altered");
                }
                checked++;
                expectedId++;
                previous = entry.getHash();
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).getId();
            em.clear();
        }
        if (head.getLastId() != expectedId - 1 || !head.getLastHash().equals(previous)) {
            return ChainReport.broken(checked, null, "audit.chain.truncated");
        }
        AuditAnchor anchor = AuditAnchor.fromSystemProperties();
        if (!anchor.configured()) {
            return ChainReport.intact(checked, false);
        }
        if (head.isUnsigned()) {
            return ChainReport.broken(checked, null, "audit.chain.unanchored");
        }
        if (!head.isSignedBy(anchor)) {
            return ChainReport.broken(checked, null, "audit.chain.unsigned");
        }
        return ChainReport.intact(checked, true);
    }

    /**
     * Removes the oldest entries written before {@code before}, at most {@code max} of them, for the retention
     * sweep: from where the chain starts, up to the first entry that is newer or is about one of {@code keptPeople}
     * (people under a legal hold; nothing after that entry goes either, so the chain stays whole). The chain then starts after the last
     * entry removed and from its hash, so {@link #verify()} still checks everything kept. In a dry run nothing is
     * removed: the entries after {@code after} are counted as the sweep would take them. The chain's head is
     * locked meanwhile, so entries being appended wait for the batch.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Trimmed removeOldest(Instant before, int max, long after, boolean dryRun, Collection<Long> keptPeople) {
        AuditChain head = em.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
        long from = Math.max(after, head.getFirstId() - 1);
        List<AuditEntry> oldest = em.createQuery("select e from AuditEntry e where e.id > :after and e.id <= :last order by e.id",
                        AuditEntry.class)
                .setParameter("after", from).setParameter("last", head.getLastId()).setMaxResults(max).getResultList();
        AuditEntry last = null;
        for (AuditEntry entry : oldest) {
            boolean aboutHeldPerson = "Person".equals(entry.getTargetType()) && keptPeople.contains(entry.getTargetId());
            if (!entry.getOccurredAt().isBefore(before) || aboutHeldPerson) {
                break;
            }
            last = entry;
        }
        if (last == null) {
            return new Trimmed(0, from, false);
        }
        int removed = (int) (last.getId() - from);
        if (!dryRun) {
            em.createQuery("delete from AuditEntry e where e.id > :after and e.id <= :last")
                    .setParameter("after", from).setParameter("last", last.getId()).executeUpdate();
            head.trimmedThrough(last, AuditAnchor.fromSystemProperties());
        }
        return new Trimmed(removed, last.getId(), removed == max);
    }

    /** What {@link #removeOldest} did: how many entries, the last one's id, and whether more may follow. */
    public record Trimmed(int removed, long lastId, boolean more) {
    }

    /** A page of the entries, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AuditEntry> entries(PageRequest page) {
        List<AuditEntry> rows = em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, Math.max(count(), page.first() + rows.size()));
    }

    /** How many entries the log holds. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }
}
