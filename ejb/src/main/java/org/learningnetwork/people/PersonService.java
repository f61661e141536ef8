package org.learningnetwork.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.PartnershipScope;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.UniqueViolation;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The people of the partnership's workforce: search, create, edit, deactivate. Administrators and the
 * learning and development coordinators maintain them.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class PersonService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Validator validator;

    /** People whose name or work e-mail contains the text, by family then given name. */
    public Page<Person> search(String text, Long organisationId, boolean includeInactive, @NotNull PageRequest page) {
        StringBuilder where = new StringBuilder(" where (lower(p.familyName) like :text escape '\\'"
                + " or lower(p.givenName) like :text escape '\\' or p.workEmail like :text escape '\\'"
                + " or lower(concat(p.givenName, ' ', p.familyName)) like :text escape '\\')");
        if (organisationId != null) {
            where.append(" and p.organisation.id = :organisation");
        }
        if (!includeInactive) {
            where.append(" and p.active = :active");
        }
        java.util.Optional<java.util.Set<Long>> scope = PartnershipScope.organisations(em, context);
        if (scope.isPresent()) {
            where.append(" and p.organisation.id in :scope");
        }
        var count = em.createQuery("select count(p) from Person p" + where, Long.class);
        var rows = em.createQuery("select p from Person p join fetch p.organisation" + where
                + " order by lower(p.familyName), lower(p.givenName), p.id", Person.class);
        String pattern = Text.containsPattern(text);
        count.setParameter("text", pattern);
        rows.setParameter("text", pattern);
        if (organisationId != null) {
            count.setParameter("organisation", organisationId);
            rows.setParameter("organisation", organisationId);
        }
        if (!includeInactive) {
            count.setParameter("active", true);
            rows.setParameter("active", true);
        }
        if (scope.isPresent()) {
            java.util.Set<Long> ids = scope.get().isEmpty() ? java.util.Set.of(-1L) : scope.get();
            count.setParameter("scope", ids);
            rows.setParameter("scope", ids);
        }
        rows.setFirstResult(page.first()).setMaxResults(page.size());
        return new Page<>(rows.getResultList(), count.getSingleResult());
    }

    /** The person's record, for the learning team to look at or edit: recorded in the audit log as viewed. */
    public Person find(long id) throws NotFoundException {
        Person person = load(id);
        audit.record(AuditAction.VIEWED, "Person", id, null);
        return person;
    }

    /** The person, if the caller works for their partnership ({@link PartnershipScope}); anyone else is as if there were no one. */
    private Person load(long id) throws NotFoundException {
        Person person = em.find(Person.class, id);
        if (person == null || !PartnershipScope.covers(em, context, person.getOrganisation())) {
            throw new NotFoundException("Person", id);
        }
        person.getWorkforceGroups().size();
        return person;
    }

    /**
     * Saves a new or edited person with their employer, line manager (found by work e-mail; blank for
     * none) and workforce group in each framework (by framework code; frameworks left out are cleared).
     */
    public Person save(@NotNull Person person, long organisationId, String lineManagerEmail,
                       @NotNull Map<String, Long> workforceGroupIds) throws RejectedException, NotFoundException {
        if (person.getId() != null) {
            load(person.getId());
        }
        // A stale version makes the flush below fail with an optimistic lock exception: no lost update.
        Person target = person.getId() == null ? person : em.merge(person);
        List<Problem> problems = new ArrayList<>();
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isActive()) {
            problems.add(new Problem("organisation", "person.organisation.required"));
        } else if (!PartnershipScope.covers(em, context, organisation)) {
            problems.add(new Problem("organisation", "person.organisation.outOfScope"));
        }
        target.setOrganisation(organisation);
        applyLineManager(target, lineManagerEmail, problems);
        applyWorkforceGroups(target, workforceGroupIds, problems);
        requireUniqueEmail(target, problems);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        Constraints.check(validator, target);
        boolean created = target.getId() == null;
        if (created) {
            em.persist(target);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new RejectedException("workEmail", "person.workEmail.duplicate");
            }
            throw e;
        }
        audit.record(created ? AuditAction.CREATED : AuditAction.CHANGED, "Person", target.getId(), null);
        return target;
    }

    public void deactivate(long id) throws NotFoundException {
        load(id).deactivate();
        audit.record(AuditAction.CHANGED, "Person", id, "deactivated");
    }

    public void reactivate(long id) throws NotFoundException {
        load(id).reactivate();
        audit.record(AuditAction.CHANGED, "Person", id, "reactivated");
    }

    private void applyLineManager(Person person, String email, List<Problem> problems) {
        String cleaned = Text.clean(email);
        if (cleaned == null) {
            person.setLineManager(null);
            return;
        }
        List<Person> found = em.createQuery("select p from Person p where p.workEmail = :email", Person.class)
                .setParameter("email", cleaned.toLowerCase(Locale.ROOT))
                .getResultList();
        if (found.isEmpty()) {
            problems.add(new Problem("lineManagerEmail", "person.lineManager.unknown"));
            return;
        }
        Person manager = found.get(0);
        if (manager.equals(person) || (person.getId() != null && person.getId().equals(manager.getId()))) {
            problems.add(new Problem("lineManagerEmail", "person.lineManager.self"));
            return;
        }
        Set<Person> seen = new HashSet<>();
        for (Person above = manager; above != null && seen.add(above); above = above.getLineManager()) {
            if (person.getId() != null && person.getId().equals(above.getId())) {
                problems.add(new Problem("lineManagerEmail", "person.lineManager.cycle"));
                return;
            }
        }
        person.setLineManager(manager);
    }

    private void applyWorkforceGroups(Person person, Map<String, Long> groupIds, List<Problem> problems) {
        for (Framework framework : Set.copyOf(person.getWorkforceGroups().keySet())) {
            if (groupIds.get(framework.getCode()) == null) {
                person.removeFrom(framework);
            }
        }
        groupIds.forEach((frameworkCode, groupId) -> {
            if (groupId == null) {
                return;
            }
            WorkforceGroup group = em.find(WorkforceGroup.class, groupId);
            if (group == null || !group.getFramework().getCode().equals(frameworkCode)) {
                problems.add(new Problem("workforceGroup." + frameworkCode, "person.workforceGroup.invalid"));
            } else {
                person.placeIn(group);
            }
        });
    }

    private void requireUniqueEmail(Person person, List<Problem> problems) {
        if (person.getWorkEmail() == null) {
            return;
        }
        long clashes = em.createQuery("select count(p) from Person p where p.workEmail = :email and p.id <> :id", Long.class)
                .setParameter("email", person.getWorkEmail())
                .setParameter("id", person.getId() == null ? -1L : person.getId())
                .getSingleResult();
        if (clashes > 0) {
            problems.add(new Problem("workEmail", "person.workEmail.duplicate"));
        }
    }
}
