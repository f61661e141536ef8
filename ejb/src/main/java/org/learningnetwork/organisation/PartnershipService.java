package org.learningnetwork.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.UniqueViolation;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.LearningNetworkRegion;

/**
 * The learning networks and their partnerships, kept by the learning team and the administrator: the regions and
 * their council areas, which partnership serves each area, and each partnership's partner organisations (full or
 * associate). A coordinator scoped to partnerships ({@link PartnershipScope}) sees and keeps only those, and adds none;
 * every change is audited.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class PartnershipService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Validator validator;

    /** A partnership in the list: its council areas (by name, in a sentence), partners of each kind, and coordinators scoped to it. */
    public record Listing(Partnership partnership, String areas, long fullPartners, long associates, long coordinators) {
    }

    /** The partnerships the caller works for (every one, unless scoped), by name; retired ones too when asked. */
    public List<Listing> list(boolean includeRetired) {
        Set<Long> scope = PartnershipScope.partnerships(em, context);
        List<Partnership> partnerships = em.createQuery("select p from Partnership p" + (includeRetired ? "" : " where p.active = true")
                + " order by p.nameKey", Partnership.class).getResultList();
        Map<Long, Long> coordinators = new HashMap<>();
        for (Object[] row : em.createQuery("select p, count(a) from UserAccount a join a.partnerships p where a.active = true group by p",
                Object[].class).getResultList()) {
            coordinators.put((Long) row[0], (Long) row[1]);
        }
        return partnerships.stream().filter(p -> scope.isEmpty() || scope.contains(p.getId()))
                .map(p -> new Listing(p, String.join(", ", p.getAreas().stream().map(CouncilArea::getName).toList()), count(p, Membership.FULL),
                        count(p, Membership.ASSOCIATE), coordinators.getOrDefault(p.getId(), 0L)))
                .toList();
    }

    private static long count(Partnership partnership, Membership membership) {
        return partnership.getMembers().values().stream().filter(membership::equals).count();
    }

    /** Whether the caller works for every partnership, and so may add one. */
    public boolean mayAdd() {
        return PartnershipScope.partnerships(em, context).isEmpty();
    }

    /**
     * The partnership with its areas and partners.
     *
     * @throws NotFoundException if there is none, or the caller is scoped to others
     */
    public Partnership find(long id) throws NotFoundException {
        Partnership partnership = em.find(Partnership.class, id);
        Set<Long> scope = PartnershipScope.partnerships(em, context);
        if (partnership == null || !scope.isEmpty() && !scope.contains(id)) {
            throw new NotFoundException("Partnership", id);
        }
        partnership.getAreas();
        partnership.getMembers().size();
        return partnership;
    }

    /** Every partnership by name, retired ones last: for choosing whom a coordinator's account works for. */
    @RolesAllowed(Roles.ADMIN)
    public List<Partnership> all() {
        return em.createQuery("select p from Partnership p order by p.active desc, p.nameKey", Partnership.class).getResultList();
    }

    /**
     * Adds a partnership, or saves one changed on a screen ({@code edited} read at its version: a change made in the
     * meantime fails rather than being overwritten), serving exactly the council areas given (GSS codes). Every problem
     * is named at once.
     */
    public Partnership save(@NotNull Partnership edited, @NotNull Set<String> areaCodes) throws RejectedException, NotFoundException {
        boolean added = edited.getId() == null;
        if (added && !mayAdd()) {
            throw new RejectedException(null, "partnership.scoped");
        }
        Partnership target = added ? new Partnership(edited.getName()) : find(edited.getId());
        if (!added) {
            em.lock(target, LockModeType.OPTIMISTIC);
            if (target.getVersion() != edited.getVersion()) {
                throw new OptimisticLockException(target);
            }
            target.setName(edited.getName());
        }
        Map<String, CouncilArea> known = em.createNamedQuery(CouncilArea.ALL, CouncilArea.class).getResultStream()
                .collect(Collectors.toMap(CouncilArea::getGssCode, a -> a));
        Map<String, List<String>> servedElsewhere = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select a, p.name from Partnership p join p.areas a where a.gssCode in :codes and p.id <> :id",
                        Object[].class).setParameter("codes", areaCodes.isEmpty() ? Set.of("-") : areaCodes)
                .setParameter("id", added ? -1L : target.getId()).getResultList()) {
            CouncilArea area = (CouncilArea) row[0];
            servedElsewhere.put(area.getGssCode(), List.of(area.getName(), (String) row[1]));
        }
        boolean nameTaken = target.getName() != null && em.createQuery("select count(p) from Partnership p where p.nameKey = :key and p.id <> :id",
                Long.class).setParameter("key", Text.key(target.getName())).setParameter("id", added ? -1L : target.getId()).getSingleResult() > 0;
        List<Problem> problems = new ArrayList<>(PartnershipRules.problems(nameTaken, areaCodes, known.keySet(), servedElsewhere));
        if (problems.stream().noneMatch(p -> "areas".equals(p.field()))) {
            target.serve(areaCodes.stream().map(known::get).collect(Collectors.toSet()));
        }
        Partnership saved;
        try {
            saved = Constraints.store(em, validator, target, added ? null : target.getId(), problems);
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                // Another transaction took the name, or one of the areas, in the meantime.
                throw new RejectedException(null, "partnership.takenMeanwhile");
            }
            throw e;
        }
        audit.record(added ? AuditAction.CREATED : AuditAction.CHANGED, "Partnership", saved.getId(), "areas " + String.join(",",
                saved.getAreas().stream().map(CouncilArea::getGssCode).toList()));
        return saved;
    }

    /** The active organisations not yet partners of the partnership, by name: any of them may join, from anywhere. */
    public List<Organisation> candidates(long partnershipId) throws NotFoundException {
        Partnership partnership = find(partnershipId);
        return em.createQuery("select o from Organisation o where o.active = true order by o.nameKey", Organisation.class).getResultStream()
                .filter(o -> !partnership.getMembers().containsKey(o)).toList();
    }

    /** Makes an active organisation a partner of the partnership, or changes how it takes part. */
    public Partnership admit(long partnershipId, long organisationId, @NotNull Membership membership) throws RejectedException, NotFoundException {
        Partnership partnership = find(partnershipId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isActive()) {
            throw new RejectedException("organisation", "partnership.organisation.unknown");
        }
        if (membership == partnership.getMembers().get(organisation)) {
            return partnership;
        }
        partnership.admit(organisation, membership);
        audit.record(AuditAction.CHANGED, "Partnership", partnershipId, "partner " + organisationId + " " + membership);
        return partnership;
    }

    /** The organisation is no longer a partner (its people stay in the partnership while it works in one of its areas). */
    public Partnership remove(long partnershipId, long organisationId) throws NotFoundException {
        Partnership partnership = find(partnershipId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation != null && partnership.getMembers().containsKey(organisation)) {
            partnership.remove(organisation);
            audit.record(AuditAction.CHANGED, "Partnership", partnershipId, "partner " + organisationId + " removed");
        }
        return partnership;
    }

    /**
     * No longer a partnership: its areas' people may book only if another partnership has them, and the coordinators
     * scoped to it keep seeing its people. Only someone who works for every partnership retires one.
     */
    public Partnership retire(long partnershipId) throws RejectedException, NotFoundException {
        return activate(partnershipId, false);
    }

    /** A partnership again. */
    public Partnership reinstate(long partnershipId) throws RejectedException, NotFoundException {
        return activate(partnershipId, true);
    }

    private Partnership activate(long partnershipId, boolean active) throws RejectedException, NotFoundException {
        Partnership partnership = find(partnershipId);
        if (!mayAdd()) {
            throw new RejectedException(null, "partnership.scoped");
        }
        if (partnership.isActive() != active) {
            if (active) {
                partnership.reinstate();
            } else {
                partnership.retire();
            }
            audit.record(AuditAction.CHANGED, "Partnership", partnershipId, active ? "reinstated" : "retired");
        }
        return partnership;
    }

    /** A learning network's region: its council areas, each with the partnership serving it and the organisations there. */
    public record Region(LearningNetworkRegion region, List<Area> areas) {
    }

    /**
     * A council area, the active partnership serving it (none), whether the caller works for that partnership (and may
     * open it), and how many active organisations work there.
     */
    public record Area(CouncilArea area, Partnership partnership, boolean yours, long organisations) {
    }

    /** The learning networks: every region with its council areas, by name. */
    public List<Region> networks() {
        Set<Long> scope = PartnershipScope.partnerships(em, context);
        Map<String, Partnership> servedBy = new HashMap<>();
        for (Object[] row : em.createQuery("select a.gssCode, p from Partnership p join p.areas a where p.active = true", Object[].class)
                .getResultList()) {
            servedBy.put((String) row[0], (Partnership) row[1]);
        }
        Map<String, Long> organisations = new HashMap<>();
        for (Object[] row : em.createQuery("select c.gssCode, count(o) from Organisation o join o.councilAreas c where o.active = true"
                + " group by c.gssCode", Object[].class).getResultList()) {
            organisations.put((String) row[0], (Long) row[1]);
        }
        Map<LearningNetworkRegion, List<Area>> regions = new LinkedHashMap<>();
        List<CouncilArea> areas = em.createNamedQuery(CouncilArea.ALL, CouncilArea.class).getResultList();
        areas.stream().map(CouncilArea::getRegion).distinct().sorted(java.util.Comparator.comparing(LearningNetworkRegion::getName))
                .forEach(region -> regions.put(region, new ArrayList<>()));
        for (CouncilArea area : areas) {
            Partnership partnership = servedBy.get(area.getGssCode());
            boolean yours = partnership != null && (scope.isEmpty() || scope.contains(partnership.getId()));
            regions.get(area.getRegion()).add(new Area(area, partnership, yours, organisations.getOrDefault(area.getGssCode(), 0L)));
        }
        return regions.entrySet().stream().map(e -> new Region(e.getKey(), e.getValue())).toList();
    }
}
