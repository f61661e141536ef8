package org.learningnetwork.organisation;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Roles;

/**
 * Whom a coordinator works for: an administrator, and a coordinator whose account names no partnership, work for the
 * whole installation; a coordinator whose account names partnerships works for the people of those — the people of
 * the organisations that are their partners (full or associate) or work in one of their council areas. The services
 * that show or change people's records ask here.
 */
public final class PartnershipScope {

    private PartnershipScope() {
    }

    /** The partnerships the caller works for; empty when they work for every one (or are not a coordinator). */
    public static Set<Long> partnerships(EntityManager em, SessionContext context) {
        if (context.isCallerInRole(Roles.ADMIN) || !context.isCallerInRole(Roles.COORDINATOR) || context.getCallerPrincipal() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p from UserAccount a join a.partnerships p where a.username = :username", Long.class)
                .setParameter("username", context.getCallerPrincipal().getName().toLowerCase(Locale.ROOT)).getResultList());
    }

    /**
     * The organisations whose people the caller may see, by id; nothing when they may see everyone's (an empty set
     * when their partnerships have no organisation yet).
     */
    public static Optional<Set<Long>> organisations(EntityManager em, SessionContext context) {
        Set<Long> partnerships = partnerships(em, context);
        return partnerships.isEmpty() ? Optional.empty() : Optional.of(organisationsOf(em, partnerships));
    }

    /** The organisations in these partnerships: their partners, and the organisations working in their areas. */
    public static Set<Long> organisationsOf(EntityManager em, Set<Long> partnerships) {
        if (partnerships.isEmpty()) {
            return Set.of();
        }
        Set<Long> organisations = new HashSet<>(em.createQuery("select distinct o.id from Organisation o join o.councilAreas c,"
                + " Partnership p join p.areas a where p.id in :partnerships and a = c", Long.class)
                .setParameter("partnerships", partnerships).getResultList());
        List<Long> partners = em.createQuery("select distinct key(m).id from Partnership p join p.members m where p.id in :partnerships",
                Long.class).setParameter("partnerships", partnerships).getResultList();
        organisations.addAll(partners);
        return organisations;
    }

    /** Whether the caller may see the people of this organisation. */
    public static boolean covers(EntityManager em, SessionContext context, Organisation organisation) {
        return organisations(em, context).map(ids -> ids.contains(organisation.getId())).orElse(true);
    }
}
