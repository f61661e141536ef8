package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.FrameworkExpectation;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The "what do I need?" tool: places a person in a workforce group from the strand of their work and how
 * closely their role involves people at risk, and lists what the framework expects of them. Public.
 */
@Stateless
@PermitAll
public class LearningNeedsService {

    /** The framework each protection strand is assessed against. */
    public static final Map<String, String> FRAMEWORK_OF_STRAND = Map.of(
            "CHILD_PROTECTION", "CP_2024",
            "ADULT_SUPPORT_PROTECTION", "ASP",
            "VAWG", "VAWG",
            "MAPPA", "MAPPA",
            "JUSTICE", "JSW");

    /** How closely a role involves people at risk, in the tool's four plain-language answers. */
    public enum Involvement { EVERYONE, SOME_CONTACT, DIRECT_WORK, LEAD_OR_DECIDE }

    @PersistenceContext
    private EntityManager em;

    /**
     * The group for someone in this strand with this involvement: the four answers spread over the
     * framework's groups lowest to highest (a framework with three groups puts direct work and leading
     * in its top group only when leading).
     */
    public Placement place(String strandCode, Involvement involvement) throws NotFoundException {
        String frameworkCode = FRAMEWORK_OF_STRAND.get(strandCode);
        if (frameworkCode == null) {
            throw new NotFoundException("Strand", strandCode);
        }
        Framework framework = em.find(Framework.class, frameworkCode);
        List<WorkforceGroup> groups = framework.getGroups();
        int level = involvement.ordinal() + 1;
        int rank = (int) Math.ceil(level * groups.size() / 4.0);
        return placement(groups.get(Math.max(rank, 1) - 1));
    }

    /** The placement of someone who knows their group. */
    public Placement inGroup(long groupId) throws NotFoundException {
        WorkforceGroup group = em.find(WorkforceGroup.class, groupId);
        if (group == null) {
            throw new NotFoundException("Workforce group", groupId);
        }
        return placement(group);
    }

    private Placement placement(WorkforceGroup group) {
        List<FrameworkExpectation> expectations = em.createQuery("select e from FrameworkExpectation e"
                        + " where e.group.framework = :framework and e.group.rank <= :rank"
                        + " order by e.group.rank, e.kind, e.position", FrameworkExpectation.class)
                .setParameter("framework", group.getFramework())
                .setParameter("rank", group.getRank())
                .getResultList();
        return new Placement(group, expectations);
    }
}
