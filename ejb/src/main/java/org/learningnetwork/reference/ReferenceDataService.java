package org.learningnetwork.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the reference data that migrations load: council areas, frameworks and their workforce
 * groups, strands and qualifications. Public information, so open to everyone including anonymous visitors.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReferenceDataService {

    /** Reference data changes only with a migration, so its lists are kept in the persistence unit's cache. */
    private static final String CACHED = "eclipselink.query-results-cache";

    @PersistenceContext
    private EntityManager em;

    public List<CouncilArea> councilAreas() {
        return em.createNamedQuery(CouncilArea.ALL, CouncilArea.class).setHint(CACHED, true).getResultList();
    }

    public List<LearningNetworkRegion> regions() {
        return em.createQuery("select r from LearningNetworkRegion r order by r.id", LearningNetworkRegion.class)
                .getResultList();
    }

    /** Frameworks in display order, each with its groups loaded lowest rank first. */
    public List<Framework> frameworks() {
        return em.createQuery("select distinct f from Framework f left join fetch f.groups order by f.displayOrder",
                Framework.class).setHint(CACHED, true).getResultList();
    }

    public Optional<WorkforceGroup> workforceGroup(long id) {
        return Optional.ofNullable(em.find(WorkforceGroup.class, id));
    }

    public List<Strand> strands() {
        return em.createQuery("select s from Strand s order by s.displayOrder", Strand.class).setHint(CACHED, true).getResultList();
    }

    public List<Qualification> qualifications() {
        return em.createQuery("select q from Qualification q order by q.scqfLevel, q.name", Qualification.class)
                .getResultList();
    }
}
