package org.learningnetwork.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The learning team's role profiles and learning requirements: what each job role must learn, by which courses and how
 * often. Nothing is deleted (people's pathways and history refer to them): a profile or requirement is retired instead,
 * and then asks nothing of anyone.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class RoleProfileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @EJB
    private AuditLog audit;

    /** Every role profile, retired ones too, by name. */
    public List<RoleProfile> profiles() {
        return em.createNamedQuery(RoleProfile.ALL, RoleProfile.class).getResultList();
    }

    public RoleProfile profile(long id) throws NotFoundException {
        RoleProfile profile = em.find(RoleProfile.class, id);
        if (profile == null) {
            throw new NotFoundException("Role profile", id);
        }
        profile.getRequirements().size();
        profile.getWorkforceGroups().size();
        return profile;
    }

    /** How many people hold the role profile. */
    public long holders(long profileId) {
        return em.createNamedQuery(PersonRoleProfile.COUNT_HOLDING, Long.class).setParameter("profile", em.getReference(RoleProfile.class,
                profileId)).getSingleResult();
    }

    /**
     * Saves a new or edited role profile with its workforce groups (at most one per framework) and its requirements in
     * the order given. Its code and name are each used once.
     */
    public RoleProfile save(@NotNull RoleProfile profile, @NotNull Set<Long> groupIds, @NotNull List<Long> requirementIds)
            throws RejectedException, NotFoundException {
        if (profile.getId() != null && em.find(RoleProfile.class, profile.getId()) == null) {
            throw new NotFoundException("Role profile", profile.getId());
        }
        RoleProfile target = profile.getId() == null ? profile : em.merge(profile);
        List<Problem> problems = new ArrayList<>();
        Optional<List<WorkforceGroup>> groups = Constraints.all(em, WorkforceGroup.class, groupIds);
        if (groups.isEmpty()) {
            problems.add(new Problem("workforceGroups", "roleProfile.groups.unknown"));
        } else if (groups.get().stream().map(g -> g.getFramework().getCode()).distinct().count() < groups.get().size()) {
            problems.add(new Problem("workforceGroups", "roleProfile.groups.onePerFramework"));
        } else {
            target.setWorkforceGroups(new LinkedHashSet<>(groups.get()));
        }
        Constraints.all(em, LearningRequirement.class, new LinkedHashSet<>(requirementIds)).ifPresentOrElse(target::setRequirements,
                () -> problems.add(new Problem("requirements", "roleProfile.requirements.unknown")));
        if (target.getCode() != null && taken(RoleProfile.class, "code", target.getCode(), target.getId())) {
            problems.add(new Problem("code", "roleProfile.code.taken"));
        }
        if (target.getName() != null && taken(RoleProfile.class, "name", target.getName(), target.getId())) {
            problems.add(new Problem("name", "roleProfile.name.taken"));
        }
        RoleProfile saved = Constraints.store(em, validator, target, target.getId(), problems);
        audit.record(profile.getId() == null ? AuditAction.CREATED : AuditAction.CHANGED, "RoleProfile", saved.getId(), saved.getCode());
        return saved;
    }

    /** Every learning requirement, retired ones too, by name. */
    public List<LearningRequirement> requirements() {
        return em.createNamedQuery(LearningRequirement.ALL, LearningRequirement.class).getResultList();
    }

    public LearningRequirement requirement(long id) throws NotFoundException {
        LearningRequirement requirement = em.find(LearningRequirement.class, id);
        if (requirement == null) {
            throw new NotFoundException("Learning requirement", id);
        }
        requirement.getCourses().size();
        return requirement;
    }

    /** Saves a new or edited learning requirement with the courses that meet it (at least one). Its name is used once. */
    public LearningRequirement save(@NotNull LearningRequirement requirement, @NotNull Set<Long> courseIds)
            throws RejectedException, NotFoundException {
        if (requirement.getId() != null && em.find(LearningRequirement.class, requirement.getId()) == null) {
            throw new NotFoundException("Learning requirement", requirement.getId());
        }
        LearningRequirement target = requirement.getId() == null ? requirement : em.merge(requirement);
        List<Problem> problems = new ArrayList<>();
        Constraints.all(em, Course.class, courseIds).ifPresentOrElse(courses -> target.setCourses(new LinkedHashSet<>(courses)),
                () -> problems.add(new Problem("courses", "requirement.courses.unknown")));
        if (target.getName() != null && taken(LearningRequirement.class, "name", target.getName(), target.getId())) {
            problems.add(new Problem("name", "requirement.name.taken"));
        }
        LearningRequirement saved = Constraints.store(em, validator, target, target.getId(), problems);
        audit.record(requirement.getId() == null ? AuditAction.CREATED : AuditAction.CHANGED, "LearningRequirement", saved.getId(),
                saved.getName());
        return saved;
    }

    private boolean taken(Class<?> type, String field, String value, Long id) {
        List<?> ids = em.createQuery("select e.id from " + type.getSimpleName() + " e where upper(e." + field + ") = upper(:value)")
                .setParameter("value", value).getResultList();
        return ids.stream().anyMatch(other -> !Objects.equals(other, id));
    }
}
