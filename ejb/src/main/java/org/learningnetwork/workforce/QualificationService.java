package org.learningnetwork.workforce;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
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

/**
 * The qualifications people hold and are working towards, and their credit for prior learning. The learning team
 * records them for anyone, a line manager for their own staff (with the evidence seen); a person reads their own. The
 * learning team keeps the catalogue of qualifications. Every reading by someone else and every change is audited, against
 * the person (so that it is in their own copy of their data).
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class QualificationService {

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

    /** A person's qualifications (in progress first, by expected date; then achieved, latest first) and credit awards. */
    public record Held(Person person, List<PersonQualification> qualifications, List<PriorLearningCredit> credits) {

        public List<PersonQualification> inProgress() {
            return qualifications.stream().filter(q -> q.getStatus() == QualificationStatus.IN_PROGRESS).toList();
        }

        public List<PersonQualification> achieved() {
            return qualifications.stream().filter(q -> q.getStatus() == QualificationStatus.ACHIEVED).toList();
        }

        public List<PersonQualification> withdrawn() {
            return qualifications.stream().filter(q -> q.getStatus() == QualificationStatus.WITHDRAWN).toList();
        }

        /** The credit points awarded for prior learning, in all. */
        public int creditPoints() {
            return credits.stream().mapToInt(PriorLearningCredit::getCredits).sum();
        }
    }

    /** The catalogue, by SCQF level and name; retired qualifications too when asked. Public information. */
    @PermitAll
    public List<Qualification> catalogue(boolean includeRetired) {
        return em.createQuery("select q from Qualification q" + (includeRetired ? "" : " where q.active = true")
                + " order by q.scqfLevel, q.name", Qualification.class).getResultList();
    }

    /** The signed-in person's own. */
    @RolesAllowed(Roles.LEARNER)
    public Held mine() throws RejectedException {
        return held(Callers.requirePerson(em, context.getCallerPrincipal(), "pathway.noPerson"));
    }

    /** A person's, for the learning team or the person's line manager (anyone else is answered as if there were no one). */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public Held of(long personId) throws NotFoundException {
        Person person = recordable(personId);
        audit.record(AuditAction.VIEWED, "Person", personId, "qualifications");
        return held(person);
    }

    /**
     * Records a qualification held by the person ({@code form} without an id), or saves the changes to one (at the
     * version it was read). Every problem is named at once.
     */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public PersonQualification save(long personId, @NotNull PersonQualification form, String qualificationCode)
            throws RejectedException, NotFoundException {
        Person person = recordable(personId);
        List<Problem> problems = new ArrayList<>();
        Qualification qualification = qualificationCode == null || qualificationCode.isBlank() ? null
                : em.find(Qualification.class, qualificationCode);
        if (qualificationCode != null && !qualificationCode.isBlank() && qualification == null) {
            problems.add(new Problem("qualification", "personQualification.qualification.unknown"));
        }
        PersonQualification target;
        if (form.getId() == null) {
            target = new PersonQualification();
        } else {
            target = em.find(PersonQualification.class, form.getId());
            if (target == null || !target.getPerson().getId().equals(person.getId())) {
                throw new NotFoundException("PersonQualification", form.getId());
            }
            if (target.getVersion() != form.getVersion()) {
                throw new RejectedException(null, "common.concurrentChange");
            }
        }
        boolean offered = qualification == null || qualification.isActive()
                || target.getQualification() != null && target.getQualification().equals(qualification);
        form.setQualification(qualification);
        target.copyFieldsFrom(form);
        target.recorded(person, Callers.person(em, context.getCallerPrincipal()).orElse(null), clock.instant());
        problems.addAll(QualificationRules.problems(target, offered, today()));
        PersonQualification saved = Constraints.store(em, validator, target, form.getId(), problems);
        audit.record(AuditAction.CHANGED, "Person", personId, form.getId() == null ? "qualification.recorded" : "qualification.changed");
        return saved;
    }

    /** Records credit awarded to the person for prior learning, or saves the changes to an award. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public PriorLearningCredit saveCredit(long personId, @NotNull PriorLearningCredit form, String towardsCode)
            throws RejectedException, NotFoundException {
        Person person = recordable(personId);
        List<Problem> problems = new ArrayList<>();
        Qualification towards = towardsCode == null || towardsCode.isBlank() ? null : em.find(Qualification.class, towardsCode);
        if (towardsCode != null && !towardsCode.isBlank() && towards == null) {
            problems.add(new Problem("towards", "personQualification.qualification.unknown"));
        }
        PriorLearningCredit target;
        if (form.getId() == null) {
            target = new PriorLearningCredit();
        } else {
            target = em.find(PriorLearningCredit.class, form.getId());
            if (target == null || !target.getPerson().getId().equals(person.getId())) {
                throw new NotFoundException("PriorLearningCredit", form.getId());
            }
            if (target.getVersion() != form.getVersion()) {
                throw new RejectedException(null, "common.concurrentChange");
            }
        }
        form.setTowards(towards);
        target.copyFieldsFrom(form);
        target.recorded(person, Callers.person(em, context.getCallerPrincipal()).orElse(null), clock.instant());
        problems.addAll(QualificationRules.problems(target, today()));
        PriorLearningCredit saved = Constraints.store(em, validator, target, form.getId(), problems);
        audit.record(AuditAction.CHANGED, "Person", personId, form.getId() == null ? "credit.recorded" : "credit.changed");
        return saved;
    }

    /** Removes a qualification recorded by mistake. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public void remove(long personId, long heldId) throws NotFoundException {
        recordable(personId);
        PersonQualification held = em.find(PersonQualification.class, heldId);
        if (held == null || !held.getPerson().getId().equals(personId)) {
            throw new NotFoundException("PersonQualification", heldId);
        }
        em.remove(held);
        audit.record(AuditAction.CHANGED, "Person", personId, "qualification.removed");
    }

    /** Removes an award of credit recorded by mistake. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public void removeCredit(long personId, long creditId) throws NotFoundException {
        recordable(personId);
        PriorLearningCredit credit = em.find(PriorLearningCredit.class, creditId);
        if (credit == null || !credit.getPerson().getId().equals(personId)) {
            throw new NotFoundException("PriorLearningCredit", creditId);
        }
        em.remove(credit);
        audit.record(AuditAction.CHANGED, "Person", personId, "credit.removed");
    }

    /** Adds a qualification to the catalogue ({@code adding}), or saves the changes to one; its code never changes. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Qualification saveQualification(@NotNull Qualification form, boolean adding) throws RejectedException, NotFoundException {
        List<Problem> problems = new ArrayList<>();
        Qualification existing = form.getCode() == null ? null : em.find(Qualification.class, form.getCode());
        if (adding && existing != null) {
            problems.add(new Problem("code", "qualification.code.taken"));
        }
        if (!adding && existing == null) {
            throw new NotFoundException("Qualification", form.getCode());
        }
        problems.addAll(Constraints.problems(validator, form));
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        Qualification saved = adding ? form : em.merge(form);
        try {
            if (adding) {
                em.persist(saved);
            }
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Added by someone else meanwhile: the key settles it.
            if (org.learningnetwork.platform.UniqueViolation.causedBy(e)) {
                throw new RejectedException("code", "qualification.code.taken");
            }
            throw e;
        }
        audit.record(adding ? AuditAction.CREATED : AuditAction.CHANGED, "Qualification", null, saved.getCode());
        return saved;
    }

    /** Retires a qualification no longer offered ({@code retire}), or brings it back. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Qualification retireQualification(@NotNull String code, boolean retire) throws NotFoundException {
        Qualification qualification = em.find(Qualification.class, code);
        if (qualification == null) {
            throw new NotFoundException("Qualification", code);
        }
        if (retire) {
            qualification.retire();
        } else {
            qualification.reinstate();
        }
        audit.record(AuditAction.CHANGED, "Qualification", null, code + (retire ? " retired" : " reinstated"));
        return qualification;
    }

    private Held held(Person person) {
        List<PersonQualification> qualifications = em.createQuery("select q from PersonQualification q join fetch q.qualification"
                        + " where q.person = :person order by q.status, q.expectedOn, q.achievedOn desc, q.id", PersonQualification.class)
                .setParameter("person", person).getResultList();
        List<PriorLearningCredit> credits = em.createQuery("select c from PriorLearningCredit c where c.person = :person"
                + " order by c.awardedOn desc, c.id", PriorLearningCredit.class).setParameter("person", person).getResultList();
        return new Held(person, qualifications, credits);
    }

    private Person recordable(long personId) throws NotFoundException {
        return Recorders.recordable(em, context, personId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Installation.zone()));
    }
}
