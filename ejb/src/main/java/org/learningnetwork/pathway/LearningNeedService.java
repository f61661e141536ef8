package org.learningnetwork.pathway;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.security.Callers;

/**
 * Learning needs agreed in supervision and appraisal: a person records and follows their own, their line manager
 * those of their staff. Supervision content: nobody else reads them here (the learning team sees only counts, in the
 * training-needs analysis); a manager's reading and every change are audited.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER})
public class LearningNeedService {

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

    /** A person's learning plan: their needs, open ones first. */
    public record Plan(Person person, List<LearningNeed> needs) {

        public List<LearningNeed> open() {
            return needs.stream().filter(n -> !n.getStatus().isClosed()).toList();
        }

        public List<LearningNeed> closed() {
            return needs.stream().filter(n -> n.getStatus().isClosed()).toList();
        }
    }

    /** The signed-in person's own plan. */
    @RolesAllowed(Roles.LEARNER)
    public Plan mine() throws RejectedException {
        Person me = Callers.requirePerson(em, context.getCallerPrincipal(), "pathway.noPerson");
        return plan(me);
    }

    /** The plan of one of the signed-in manager's staff (anyone else is answered as if there were no one). */
    @RolesAllowed(Roles.MANAGER)
    public Plan of(long personId) throws NotFoundException {
        Person person = visible(personId);
        audit.record(AuditAction.VIEWED, "Person", personId, "learningNeeds");
        return plan(person);
    }

    /** One need, of the signed-in person or of one of their staff. */
    public LearningNeed need(long id) throws NotFoundException {
        LearningNeed need = em.find(LearningNeed.class, id);
        if (need == null) {
            throw new NotFoundException("Learning need", id);
        }
        visible(need.getPerson().getId());
        return need;
    }

    /** The signed-in person's id, if their account is linked to one. */
    public Long me() {
        return Callers.personId(em, context.getCallerPrincipal()).orElse(null);
    }

    /** The courses a need can name: those not retired, by title. */
    public List<Course> courses() {
        return em.createQuery("select c from Course c where c.retired = :retired order by c.title", Course.class)
                .setParameter("retired", false).getResultList();
    }

    /**
     * Records a new need for the person (the signed-in person themselves when {@code personId} is null), or saves the
     * changes to one ({@code form} with an id, at the version it was read). The strand and course are optional.
     */
    public LearningNeed save(Long personId, @NotNull LearningNeed form, String strandCode, Long courseId)
            throws RejectedException, NotFoundException {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        Strand strand = null;
        if (strandCode != null && !strandCode.isBlank()) {
            strand = em.find(Strand.class, strandCode);
            if (strand == null) {
                problems.add(new Problem("strand", "need.strand.unknown"));
            }
        }
        Course course = null;
        if (courseId != null) {
            course = em.find(Course.class, courseId);
            if (course == null) {
                problems.add(new Problem("course", "need.course.unknown"));
            }
        }
        if (form.getAgreedOn() != null && form.getAgreedOn().isAfter(today)) {
            problems.add(new Problem("agreedOn", "need.agreedOn.future"));
        }
        if (form.getAgreedOn() != null && form.getTargetOn() != null && form.getTargetOn().isBefore(form.getAgreedOn())) {
            problems.add(new Problem("targetOn", "need.targetOn.beforeAgreed"));
        }
        LearningNeed target;
        if (form.getId() == null) {
            Person person = personId == null ? Callers.requirePerson(em, context.getCallerPrincipal(), "pathway.noPerson") : visible(personId);
            target = new LearningNeed();
            target.copyFieldsFrom(form);
            target.recorded(person, Callers.person(em, context.getCallerPrincipal()).orElse(null), clock.instant());
        } else {
            target = need(form.getId());
            if (target.getVersion() != form.getVersion()) {
                throw new RejectedException(null, "need.changedMeanwhile");
            }
            target.copyFieldsFrom(form);
            target.changed(clock.instant());
        }
        target.setStrand(strand);
        target.setCourse(course);
        target.changed(clock.instant());
        LearningNeed saved = Constraints.store(em, validator, target, form.getId(), problems);
        audit.record(form.getId() == null ? AuditAction.CREATED : AuditAction.CHANGED, "LearningNeed", saved.getId(),
                "person " + saved.getPerson().getId() + ", " + saved.getStatus());
        return saved;
    }

    private Plan plan(Person person) {
        return new Plan(person, em.createNamedQuery(LearningNeed.OF_PERSON, LearningNeed.class).setParameter("person", person.getId())
                .getResultList());
    }

    /** The person, if they are the caller or one of the caller's staff. */
    private Person visible(long personId) throws NotFoundException {
        Person person = em.find(Person.class, personId);
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (person == null || me == null) {
            throw new NotFoundException("Person", personId);
        }
        boolean own = me.equals(person.getId());
        boolean staff = context.isCallerInRole(Roles.MANAGER) && person.getLineManager() != null
                && me.equals(person.getLineManager().getId());
        if (!own && !staff) {
            throw new NotFoundException("Person", personId);
        }
        return person;
    }
}
