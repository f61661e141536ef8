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

    @PersistenceContext
    private EntityManager em;

    public List<CouncilArea> councilAreas() {
        return em.createNamedQuery(CouncilArea.ALL, CouncilArea.class).getResultList();
    }

    public List<LearningNetworkRegion> regions() {
        return em.createQuery("select r from LearningNetworkRegion r order by r.id", LearningNetworkRegion.class)
                .getResultList();
    }

    /** Frameworks in display order, each with its groups loaded lowest rank first. */
    public List<Framework> frameworks() {
        return em.createNamedQuery(Framework.ALL, Framework.class).getResultList();
    }

    public Optional<WorkforceGroup> workforceGroup(long id) {
        return Optional.ofNullable(em.find(WorkforceGroup.class, id));
    }

    public List<Strand> strands() {
        return em.createNamedQuery(Strand.ALL, Strand.class).getResultList();
    }

    public List<Qualification> qualifications() {
        return em.createQuery("select q from Qualification q order by q.scqfLevel, q.name", Qualification.class)
                .getResultList();
    }
}
