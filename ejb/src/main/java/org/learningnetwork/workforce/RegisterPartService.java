package org.learningnetwork.workforce;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Codes;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;

/**
 * The parts of the regulator's register, kept by the learning team: added, renamed, their renewal period and the learning
 * expected in it changed (a registration's learning is then counted against the new figure; its renewal date stays as
 * recorded), and retired (no longer offered for new registrations; those recorded keep it) or brought back.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class RegisterPartService {

    /** The longest code the database holds. */
    private static final int CODE_LENGTH = 30;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /** A part of the register with the number of current registrations on it. */
    public record Listing(RegisterPart part, long registrations) {
    }

    /** Every part, retired ones too, by name, with its current registrations counted. */
    public List<Listing> list() {
        List<RegisterPart> parts = em.createQuery("select p from RegisterPart p order by p.active desc, p.name", RegisterPart.class)
                .getResultList();
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select r.part.code, count(r) from Registration r where r.endedOn is null group by r.part.code",
                Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return parts.stream().map(p -> new Listing(p, counts.getOrDefault(p.getCode(), 0L))).toList();
    }

    public RegisterPart find(String code) throws NotFoundException {
        RegisterPart part = code == null ? null : em.find(RegisterPart.class, code);
        if (part == null) {
            throw new NotFoundException("RegisterPart", code);
        }
        return part;
    }

    /** Adds a part ({@code code} null) or changes one; every problem is named at once. */
    public RegisterPart save(String code, String name, Integer renewalMonths, BigDecimal learningHours) throws RejectedException, NotFoundException {
        RegisterPart part = code == null ? null : find(code);
        if (part != null) {
            em.lock(part, LockModeType.PESSIMISTIC_WRITE);
        }
        String cleaned = Text.clean(name);
        boolean taken = cleaned != null && em.createQuery("select count(p) from RegisterPart p where lower(p.name) = :name and p.code <> :code",
                Long.class).setParameter("name", cleaned.toLowerCase(Locale.ROOT)).setParameter("code", code == null ? "" : code)
                .getSingleResult() > 0;
        List<Problem> problems = RegisterPartRules.problems(cleaned, taken, renewalMonths, learningHours);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        if (part == null) {
            // One part added at a time, so that two with the same name cannot take the same code.
            em.createNativeQuery("select code from register_part for update").getResultList();
            part = new RegisterPart(Codes.of(cleaned, CODE_LENGTH, "PART", c -> em.find(RegisterPart.class, c) != null), cleaned,
                    renewalMonths, learningHours);
            em.persist(part);
            audit.record(AuditAction.CREATED, "RegisterPart", null, part.getCode());
        } else {
            part.change(cleaned, renewalMonths, learningHours);
            audit.record(AuditAction.CHANGED, "RegisterPart", null, part.getCode());
        }
        em.flush();
        return part;
    }

    /** Retires a part (no longer offered for new registrations), or brings it back. */
    public RegisterPart offer(String code, boolean offered) throws NotFoundException {
        RegisterPart part = find(code);
        part.setActive(offered);
        audit.record(AuditAction.CHANGED, "RegisterPart", null, code + (offered ? " offered" : " retired"));
        return part;
    }
}
