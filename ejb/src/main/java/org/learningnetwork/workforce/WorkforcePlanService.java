package org.learningnetwork.workforce;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.organisation.PartnershipScope;
import org.learningnetwork.platform.Installation;
/**
 * The workforce-planning report for the learning team: the figures {@link WorkforcePlan} puts together, counted by the
 * database in a handful of grouped queries (so that it stays quick over a national workforce), for the whole workforce
 * or one network (region), partnership, agency or qualification; a coordinator scoped to partnerships sees theirs.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class WorkforcePlanService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @Inject
    private Clock clock;

    /**
     * What the report may be narrowed to: a network's name, a partnership's id, an agency's id, a qualification's code
     * (each optional). A coordinator scoped to partnerships sees only theirs, whatever is asked.
     */
    public record Filter(String network, Long partnership, Long agency, String qualification) {

        public static final Filter ALL = new Filter(null, null, null, null);

        public Filter(String network, Long agency, String qualification) {
            this(network, null, agency, qualification);
        }
    }

    /** The networks (regions) by name, to narrow the report to one. */
    public List<String> networks() {
        return em.createQuery("select r.name from LearningNetworkRegion r order by r.id", String.class).getResultList();
    }

    /** The report as of today. */
    public WorkforcePlan.Report report(Filter filter) {
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        return report(filter, today);
    }

    WorkforcePlan.Report report(Filter filter, LocalDate today) {
        return WorkforcePlanQueries.report(em, filter, PartnershipScope.organisations(em, context), today);
    }
}
