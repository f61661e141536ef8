package org.learningnetwork.figures;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.access.Roles;

/** The protection committees whose figures the caller may read ({@link CommitteeScope}), for every committee screen. */
@Stateless
public class CommitteeService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The committees by code with their names, in their order: those the caller may read. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Map<String, String> readableNames() {
        Set<String> readable = CommitteeScope.readable(em, context);
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select code, name from committee order by display_order").getResultList()) {
            Object[] columns = (Object[]) row;
            if (readable.contains(columns[0].toString())) {
                names.put(columns[0].toString(), columns[1].toString());
            }
        }
        return names;
    }
}
