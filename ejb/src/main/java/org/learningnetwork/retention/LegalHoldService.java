package org.learningnetwork.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/**
 * Legal holds, placed and released by the data protection officer (and administrators), each audited. A person
 * has at most one hold in place; erasure asks {@link #isHeld(long)}, and the retention sweep leaves held people alone.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class LegalHoldService {

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    /**
     * Places a hold on the person with this work e-mail address: a reason (up to 1,000 characters) and a review
     * date from today on are required. Problems are reported on {@code workEmail}, {@code reason} and
     * {@code reviewOn}; a person already held is refused ({@code legalHold.already}).
     */
    public LegalHold place(String workEmail, String reason, LocalDate reviewOn) throws RejectedException {
        List<Problem> problems = new ArrayList<>();
        Person person = PersonByWorkEmail.find(em, workEmail, problems);
        String why = Text.clean(reason);
        if (why == null) {
            problems.add(new Problem("reason", "legalHold.reason.required"));
        } else if (why.length() > 1000) {
            problems.add(new Problem("reason", "legalHold.reason.size"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (reviewOn == null || reviewOn.isBefore(today)) {
            problems.add(new Problem("reviewOn", "legalHold.reviewOn.future"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        // The person's row is locked so that two officers cannot place two holds at once.
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        if (isHeld(person.getId())) {
            throw new RejectedException("workEmail", "legalHold.already");
        }
        LegalHold hold = new LegalHold(person, why, reviewOn, clock.instant(), me());
        em.persist(hold);
        audit.record(AuditAction.CREATED, "LegalHold", hold.getId(), null);
        return hold;
    }

    /** Releases a hold in place: the retention rules apply to the person again. */
    public LegalHold release(long holdId) throws NotFoundException, RejectedException {
        LegalHold hold = em.find(LegalHold.class, holdId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            throw new NotFoundException("LegalHold", holdId);
        }
        if (!hold.isActive()) {
            throw new RejectedException(null, "legalHold.released");
        }
        hold.release(clock.instant(), me());
        audit.record(AuditAction.CHANGED, "LegalHold", holdId, "released");
        return hold;
    }

    /** The holds in place, the soonest review first. */
    public List<LegalHold> active() {
        return em.createQuery("select h from LegalHold h join fetch h.person where h.releasedAt is null order by h.reviewOn, h.id",
                LegalHold.class).getResultList();
    }

    /** Whether the person has a hold in place. */
    @PermitAll
    public boolean isHeld(long personId) {
        return em.createQuery("select count(h) from LegalHold h where h.person.id = :person and h.releasedAt is null", Long.class)
                .setParameter("person", personId).getSingleResult() > 0;
    }

    private Long me() {
        return Callers.accountId(em, context.getCallerPrincipal()).orElse(null);
    }
}
