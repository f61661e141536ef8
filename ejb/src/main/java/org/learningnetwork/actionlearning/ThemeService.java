package org.learningnetwork.actionlearning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.UniqueViolation;

/**
 * The taxonomy of themes ("complexity mapping") the learning team keeps: added, renamed, retired and brought back.
 * Facilitators choose from the themes in use.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ThemeService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Validator validator;

    /** Every theme by name, those in use first. */
    public List<SetTheme> all() {
        return em.createQuery("select t from SetTheme t order by t.active desc, t.nameKey", SetTheme.class).getResultList();
    }

    /** The themes in use, by name. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.FACILITATOR})
    public List<SetTheme> active() {
        return em.createQuery("select t from SetTheme t where t.active = true order by t.nameKey", SetTheme.class).getResultList();
    }

    /** Adds a theme, or saves one changed on the screen (at its version). */
    public SetTheme save(@NotNull SetTheme edited) throws RejectedException, NotFoundException {
        boolean added = edited.getId() == null;
        SetTheme target = added ? new SetTheme() : find(edited.getId());
        if (!added) {
            em.lock(target, LockModeType.OPTIMISTIC);
            if (target.getVersion() != edited.getVersion()) {
                throw new OptimisticLockException(target);
            }
        }
        target.setName(edited.getName());
        target.setDescription(edited.getDescription());
        List<Problem> problems = new ArrayList<>();
        if (edited.getName() != null && em.createQuery("select count(t) from SetTheme t where t.nameKey = :key and t.id <> :id", Long.class)
                .setParameter("key", Text.key(edited.getName())).setParameter("id", added ? -1L : target.getId()).getSingleResult() > 0) {
            problems.add(new Problem("name", "theme.name.taken"));
        }
        SetTheme saved;
        try {
            saved = Constraints.store(em, validator, target, added ? null : target.getId(), problems);
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new RejectedException("name", "theme.name.taken");
            }
            throw e;
        }
        audit.record(added ? AuditAction.CREATED : AuditAction.CHANGED, "SetTheme", saved.getId(), null);
        return saved;
    }

    /** No longer offered to facilitators; the meetings that raised it still count. */
    public SetTheme retire(long id) throws NotFoundException {
        return activate(id, false);
    }

    public SetTheme reinstate(long id) throws NotFoundException {
        return activate(id, true);
    }

    private SetTheme activate(long id, boolean active) throws NotFoundException {
        SetTheme theme = find(id);
        if (theme.isActive() != active) {
            theme.setActive(active);
            audit.record(AuditAction.CHANGED, "SetTheme", id, active ? "reinstated" : "retired");
        }
        return theme;
    }

    public SetTheme find(long id) throws NotFoundException {
        SetTheme theme = em.find(SetTheme.class, id);
        if (theme == null) {
            throw new NotFoundException("SetTheme", id);
        }
        return theme;
    }
}
