package org.learningnetwork.figures;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.access.Roles;

/**
 * Which committees' figures the caller may read: every committee for the learning team and administrators; for a
 * committee viewer, the committees of their account ({@code user_account_committee}); none for anyone else. The
 * services return nothing of another committee, so a viewer cannot tell its figures from none.
 */
public final class CommitteeScope {

    private CommitteeScope() {
    }

    /** The codes of the committees the caller may read, in the committees' order. */
    public static Set<String> readable(EntityManager em, SessionContext context) {
        List<?> codes;
        if (context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN)) {
            codes = em.createNativeQuery("select code from committee order by display_order").getResultList();
        } else if (context.isCallerInRole(Roles.COMMITTEE)) {
            codes = em.createNativeQuery("select c.code from committee c join user_account_committee m on m.committee_code = c.code"
                            + " join user_account a on a.id = m.user_account_id where a.username = ? order by c.display_order")
                    .setParameter(1, context.getCallerPrincipal().getName().toLowerCase(java.util.Locale.ROOT)).getResultList();
        } else {
            codes = List.of();
        }
        Set<String> readable = new LinkedHashSet<>();
        codes.forEach(code -> readable.add(code.toString()));
        return readable;
    }
}
