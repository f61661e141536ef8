package org.learningnetwork.workforce;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.Qualification;
import org.learningnetwork.security.Callers;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;

/**
 * People's registration with the regulator: recorded by the learning team for anyone and by a line manager for their
 * staff, read by the person. Each registration's standing says where its conditions are, how much learning has been
 * counted towards its renewal against what its part of the register expects, and whether it is at risk; a line manager
 * sees the registrations of their team that are. Every change is audited against the person.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class RegistrationService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Validator validator;

    @EJB
    private AuditLog audit;

    /** A condition and where it stands. */
    public record ConditionStanding(RegistrationCondition condition, ConditionState state) {
    }

    /**
     * A registration and where it stands on a day: its conditions; the learning counted since {@code countedFrom}
     * against the hours its part expects; whether that learning is short with the renewal near.
     */
    public record Standing(Registration registration, List<ConditionStanding> conditions, LocalDate countedFrom, BigDecimal hoursDone,
                           BigDecimal hoursExpected, boolean learningShort) {

        /** Whether anything puts the registration at risk: a condition late, not started or overdue, or learning short. */
        public boolean atRisk() {
            return learningShort || conditions.stream().anyMatch(c -> c.state().atRisk());
        }
    }

    /** A member of a manager's team with a registration at risk. */
    public record Risk(Person person, Standing standing) {
    }

    /** The parts of the register still in use, by name. */
    public List<RegisterPart> parts() {
        return em.createQuery("select p from RegisterPart p where p.active = true order by p.name", RegisterPart.class).getResultList();
    }

    /** The signed-in person's registrations and where each stands. */
    @RolesAllowed(Roles.LEARNER)
    public List<Standing> mine() throws RejectedException {
        return standings(Callers.requirePerson(em, context.getCallerPrincipal(), "pathway.noPerson"));
    }

    /** A person's, for the learning team or their line manager. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public List<Standing> of(long personId) throws NotFoundException {
        return standings(recordable(personId));
    }

    /** The current registrations of the signed-in manager's staff that are at risk, the most pressing first. */
    @RolesAllowed(Roles.MANAGER)
    public List<Risk> teamRisks() throws RejectedException {
        long me = Callers.requirePersonId(em, context.getCallerPrincipal(), "pathway.noPerson");
        List<Registration> registrations = em.createQuery("select r from Registration r join fetch r.person p where p.lineManager.id = :me"
                + " and p.active = true and r.endedOn is null order by r.renewalDueOn, r.id", Registration.class).setParameter("me", me)
                .getResultList();
        List<Risk> risks = new ArrayList<>();
        for (Standing standing : RegistrationStandings.of(em, registrations, today())) {
            if (standing.atRisk()) {
                risks.add(new Risk(standing.registration().getPerson(), standing));
            }
        }
        return risks;
    }

    /** Records a registration of the person ({@code form} without an id), or saves the changes to one. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public Registration save(long personId, @NotNull Registration form, String partCode) throws RejectedException, NotFoundException {
        Person person = recordable(personId);
        List<Problem> problems = new ArrayList<>();
        RegisterPart part = partCode == null || partCode.isBlank() ? null : em.find(RegisterPart.class, partCode);
        if (partCode != null && !partCode.isBlank() && part == null) {
            problems.add(new Problem("part", "registration.part.unknown"));
        }
        Registration target;
        if (form.getId() == null) {
            target = new Registration();
        } else {
            target = registration(personId, form.getId());
            if (target.getVersion() != form.getVersion()) {
                throw new RejectedException(null, "common.concurrentChange");
            }
        }
        form.setPart(part);
        target.copyFieldsFrom(form);
        target.recorded(person, Callers.person(em, context.getCallerPrincipal()).orElse(null), clock.instant());
        LocalDate today = today();
        if (target.getRegisteredOn() != null && target.getRegisteredOn().isAfter(today)) {
            problems.add(new Problem("registeredOn", "registration.registeredOn.future"));
        }
        if (target.getRegisteredOn() != null && target.getRenewalDueOn() != null && !target.getRenewalDueOn().isAfter(target.getRegisteredOn())) {
            problems.add(new Problem("renewalDueOn", "registration.renewalDueOn.afterRegistered"));
        }
        if (target.getEndedOn() != null && target.getRegisteredOn() != null && !target.getEndedOn().isAfter(target.getRegisteredOn())) {
            problems.add(new Problem("endedOn", "registration.endedOn.afterRegistered"));
        }
        Registration saved = Constraints.store(em, validator, target, form.getId(), problems);
        audit.record(AuditAction.CHANGED, "Person", personId, form.getId() == null ? "registration.recorded" : "registration.changed");
        return saved;
    }

    /** Sets a condition on a registration: obtain the qualification by the date. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public RegistrationCondition addCondition(long personId, long registrationId, String qualificationCode, LocalDate dueOn)
            throws RejectedException, NotFoundException {
        Registration registration = registration(personId, registrationId);
        List<Problem> problems = new ArrayList<>();
        Qualification qualification = qualificationCode == null || qualificationCode.isBlank() ? null
                : em.find(Qualification.class, qualificationCode);
        if (qualification == null) {
            problems.add(new Problem("conditionQualification", qualificationCode == null || qualificationCode.isBlank()
                    ? "condition.qualification.required" : "personQualification.qualification.unknown"));
        }
        if (dueOn == null) {
            problems.add(new Problem("conditionDueOn", "condition.dueOn.required"));
        } else if (!dueOn.isAfter(registration.getRegisteredOn())) {
            problems.add(new Problem("conditionDueOn", "condition.dueOn.afterRegistered"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        RegistrationCondition condition = new RegistrationCondition(registration, qualification, dueOn);
        registration.getConditions().add(condition);
        em.persist(condition);
        em.flush();
        audit.record(AuditAction.CHANGED, "Person", personId, "registration.conditionSet");
        return condition;
    }

    /** Removes a condition lifted by the regulator or set by mistake. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public void removeCondition(long personId, long conditionId) throws NotFoundException {
        recordable(personId);
        RegistrationCondition condition = em.find(RegistrationCondition.class, conditionId);
        if (condition == null || !condition.getRegistration().getPerson().getId().equals(personId)) {
            throw new NotFoundException("RegistrationCondition", conditionId);
        }
        condition.getRegistration().getConditions().remove(condition);
        em.remove(condition);
        audit.record(AuditAction.CHANGED, "Person", personId, "registration.conditionRemoved");
    }

    private Registration registration(long personId, long registrationId) throws NotFoundException {
        recordable(personId);
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getPerson().getId().equals(personId)) {
            throw new NotFoundException("Registration", registrationId);
        }
        return registration;
    }

    private List<Standing> standings(Person person) {
        return RegistrationStandings.of(em, em.createQuery("select r from Registration r where r.person = :person order by r.endedOn desc, r.registeredOn desc",
                Registration.class).setParameter("person", person).getResultList(), today());
    }

    private Person recordable(long personId) throws NotFoundException {
        return Recorders.recordable(em, context, personId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Installation.zone()));
    }
}
