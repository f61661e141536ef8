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
 * The "what do I need?" tool: places a person in a workforce group of each strand of their work from how closely
 * their role involves people at risk (a member of the public, a carer or a volunteer in the lowest group), lists what
 * the framework expects of them and the courses for their group and the groups below it. Public.
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

    /** The lowest group of the strand's framework: where a member of the public, a carer or a volunteer starts. */
    public Placement lowest(String strandCode) throws NotFoundException {
        String frameworkCode = FRAMEWORK_OF_STRAND.get(strandCode);
        if (frameworkCode == null) {
            throw new NotFoundException("Strand", strandCode);
        }
        return placement(em.find(Framework.class, frameworkCode).getGroups().get(0));
    }

    /**
     * The courses in the catalogue for the group and every group below it in its framework (as the group is expected
     * to meet what is asked of those too), the group's own first, then each level below; within a level, the soonest
     * next session first, self-guided and unplanned courses after; at most {@code max} for each level.
     */
    public List<NeedCourse> courses(long groupId, int max) throws NotFoundException {
        WorkforceGroup group = em.find(WorkforceGroup.class, groupId);
        if (group == null) {
            throw new NotFoundException("Workforce group", groupId);
        }
        List<Object[]> rows = em.createQuery("select c.id, max(g.rank) from Course c join c.targetGroups g"
                        + " where c.retired = false and g.framework = :framework and g.rank <= :rank"
                        + " group by c.id, c.nextStartsAt, c.title order by max(g.rank) desc, c.nextStartsAt nulls last, c.title, c.id",
                        Object[].class)
                .setParameter("framework", group.getFramework()).setParameter("rank", group.getRank())
                .getResultList();
        Map<Integer, Integer> perLevel = new java.util.HashMap<>();
        rows = rows.stream().filter(row -> perLevel.merge(((Number) row[1]).intValue(), 1, Integer::sum) <= max).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Course> courses = em.createQuery("select c from Course c where c.id in :ids", Course.class).setParameter("ids", ids)
                .getResultStream().collect(java.util.stream.Collectors.toMap(Course::getId, c -> c));
        Map<Integer, WorkforceGroup> byRank = group.getFramework().getGroups().stream()
                .collect(java.util.stream.Collectors.toMap(WorkforceGroup::getRank, g -> g));
        return rows.stream().map(row -> {
            Course course = courses.get((Long) row[0]);
            return new NeedCourse(course, course.getNextStartsAt(), byRank.get(((Number) row[1]).intValue()));
        }).toList();
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
