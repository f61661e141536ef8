package org.learningnetwork.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.UniqueViolation;

/**
 * Partner organisations: search, create, edit, deactivate. Administrators maintain them; coordinators
 * can read them to place people.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Validator validator;

    /**
     * Organisations whose name contains the text (ignoring case), by name.
     *
     * @param includeInactive whether deactivated organisations are listed too
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Page<Organisation> search(String text, boolean includeInactive, @NotNull PageRequest page) {
        String where = " where o.nameKey like :text escape '\\'" + (includeInactive ? "" : " and o.active = :active");
        TypedQuery<Long> count = em.createQuery("select count(o) from Organisation o" + where, Long.class);
        TypedQuery<Organisation> rows = em.createQuery("select o from Organisation o" + where + " order by o.nameKey", Organisation.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("text", Text.containsPattern(text));
            if (!includeInactive) {
                query.setParameter("active", true);
            }
        }
        rows.setFirstResult(page.first()).setMaxResults(page.size());
        return new Page<>(rows.getResultList(), count.getSingleResult());
    }

    /** Active organisations by name, for choosing someone's employer: those of the caller's partnerships, if scoped. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public List<Organisation> active() {
        java.util.Optional<java.util.Set<Long>> scope = PartnershipScope.organisations(em, context);
        return em.createQuery("select o from Organisation o where o.active = :active order by o.nameKey", Organisation.class)
                .setParameter("active", true)
                .getResultStream().filter(o -> scope.map(ids -> ids.contains(o.getId())).orElse(true)).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Organisation find(long id) throws NotFoundException {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        organisation.getCouncilAreas().size();
        return organisation;
    }

    public Organisation create(@NotNull Organisation organisation) throws RejectedException {
        if (organisation.getId() != null) {
            throw new IllegalArgumentException("The organisation is already saved");
        }
        Constraints.check(validator, organisation);
        requireUniqueName(organisation, null);
        em.persist(organisation);
        flushUnique(organisation);
        audit.record(AuditAction.CREATED, "Organisation", organisation.getId(), null);
        return organisation;
    }

    /**
     * Saves changes to an organisation edited on a screen. The version it was read at must still be
     * current: a concurrent edit makes this fail with an optimistic lock exception, not overwrite.
     */
    public Organisation update(@NotNull Organisation changed) throws RejectedException, NotFoundException {
        if (changed.getId() == null || em.find(Organisation.class, changed.getId()) == null) {
            throw new NotFoundException("Organisation", changed.getId());
        }
        Constraints.check(validator, changed);
        requireUniqueName(changed, changed.getId());
        Organisation merged = em.merge(changed);
        flushUnique(merged);
        audit.record(AuditAction.CHANGED, "Organisation", merged.getId(), null);
        return merged;
    }

    public void deactivate(long id) throws NotFoundException {
        find(id).deactivate();
        audit.record(AuditAction.CHANGED, "Organisation", id, "deactivated");
    }

    public void reactivate(long id) throws NotFoundException {
        find(id).reactivate();
        audit.record(AuditAction.CHANGED, "Organisation", id, "reactivated");
    }

    private void requireUniqueName(Organisation organisation, Long exceptId) throws DuplicateOrganisationNameException {
        Long clashes = em.createQuery("select count(o) from Organisation o where o.nameKey = :key and o.id <> :id", Long.class)
                .setParameter("key", Text.key(organisation.getName()))
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (clashes > 0) {
            throw new DuplicateOrganisationNameException();
        }
    }

    /** The check above can race with another transaction; the unique constraint settles it. */
    private void flushUnique(Organisation organisation) throws DuplicateOrganisationNameException {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new DuplicateOrganisationNameException();
            }
            throw e;
        }
    }
}
