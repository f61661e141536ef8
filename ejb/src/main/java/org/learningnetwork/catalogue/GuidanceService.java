package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learningnetwork.access.Roles;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The learning team's list of what courses answer to ({@link Guidance}): legislation, guidance, strategies, learning
 * reviews and inspections, added, changed (at the version read), retired and offered again, or removed while no course
 * names them; and, for anyone, the entries offered, to search the catalogue by.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class GuidanceService {

    /** An entry with the number of courses that name it. */
    public record Use(Guidance guidance, long courses) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    /** Every entry, retired ones last, each kind together, by title; with how many courses name it. */
    public List<Use> all() {
        List<Use> uses = new ArrayList<>();
        for (Object[] row : em.createQuery("select g, (select count(c) from Course c join c.guidance n where n = g) from Guidance g"
                + " order by g.retired, g.kind, g.title", Object[].class).getResultList()) {
            uses.add(new Use((Guidance) row[0], ((Number) row[1]).longValue()));
        }
        return uses;
    }

    /** The entries that are not retired, each kind together, by title: to link courses to and search the catalogue by. */
    @PermitAll
    public List<Guidance> offered() {
        return em.createQuery("select g from Guidance g where g.retired = false order by g.kind, g.title", Guidance.class)
                .getResultList();
    }

    public Guidance find(long id) throws NotFoundException {
        Guidance guidance = em.find(Guidance.class, id);
        if (guidance == null) {
            throw new NotFoundException("Guidance", id);
        }
        return guidance;
    }

    /**
     * Saves a new entry ({@code id} null) or a change to entry {@code id} made at {@code version} (a change someone made
     * meanwhile is refused): its kind, title and link as {@code values} carries them. Two entries may not share a title.
     */
    @ChangesPublicContent
    public Guidance save(Long id, long version, @NotNull Guidance values) throws RejectedException, NotFoundException {
        Guidance target = values;
        if (id != null) {
            target = find(id);
            if (target.getVersion() != version) {
                throw new OptimisticLockException("The entry has changed since it was read");
            }
            target.setKind(values.getKind());
            target.setTitle(values.getTitle());
            target.setUrl(values.getUrl());
        }
        List<Problem> problems = new ArrayList<>();
        if (target.getTitle() != null && !em.createQuery("select g.id from Guidance g where lower(g.title) = :title and g.id <> :id",
                Long.class)
                .setParameter("title", target.getTitle().toLowerCase(Locale.ROOT))
                .setParameter("id", target.getId() == null ? -1L : target.getId()).getResultList().isEmpty()) {
            problems.add(new Problem("title", "guidance.title.taken"));
        }
        return Constraints.store(em, validator, target, target.getId(), problems);
    }

    /** Retires an entry (courses that name it keep it; no other course can be linked to it), or offers it again. */
    @ChangesPublicContent
    public void retire(long id, boolean retired) throws NotFoundException {
        find(id).setRetired(retired);
    }

    /** Removes an entry no course names; one that a course names can only be retired. */
    @ChangesPublicContent
    public void remove(long id) throws NotFoundException, RejectedException {
        Guidance guidance = find(id);
        long named = em.createQuery("select count(c) from Course c join c.guidance g where g = :guidance", Long.class)
                .setParameter("guidance", guidance).getSingleResult();
        if (named > 0) {
            throw new RejectedException(null, "guidance.remove.named");
        }
        em.remove(guidance);
    }
}
