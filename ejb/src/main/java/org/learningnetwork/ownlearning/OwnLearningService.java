package org.learningnetwork.ownlearning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordService;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.security.Callers;

/**
 * Learning people record themselves. A learner records, changes and removes their own (until it is confirmed or
 * accepted); their line manager reads and confirms it (another manager is answered as if there were none); the
 * learning team reads it and accepts it as equivalent to a course, which makes a learning record that counts for
 * prerequisites and pathways. Every refusal names its fields and stores nothing; a manager's or the learning team's
 * reading is audited.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class OwnLearningService {

    /** The earliest day learning can be recorded for: long before anyone's record here, after any typing slip. */
    static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);

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

    @EJB
    private LearningRecordService records;

    /** The signed-in person's own learning, the latest first. */
    @RolesAllowed(Roles.LEARNER)
    public List<OwnLearning> mine() {
        return Callers.personId(em, context.getCallerPrincipal()).map(this::list).orElse(List.of());
    }

    /** A person's own learning: for their line manager or the learning team (audited). */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public List<OwnLearning> of(long personId) throws NotFoundException {
        Person person = readable(personId);
        audit.record(AuditAction.VIEWED, "Person", person.getId(), "ownLearning");
        return list(person.getId());
    }

    /** One entry: the person's own, or one their line manager or the learning team may read. */
    public OwnLearning entry(long id) throws NotFoundException {
        OwnLearning entry = em.find(OwnLearning.class, id);
        if (entry == null) {
            throw new NotFoundException("OwnLearning", id);
        }
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (!entry.getPerson().getId().equals(me)) {
            readable(entry.getPerson().getId());
        }
        return entry;
    }

    /**
     * Records new learning of the signed-in person ({@code form} without an id), or saves changes to one of theirs
     * still open to change (at the version read). The strand is optional.
     */
    @RolesAllowed(Roles.LEARNER)
    public OwnLearning save(@NotNull OwnLearning form, String strandCode) throws RejectedException, NotFoundException {
        Person me = Callers.requirePerson(em, context.getCallerPrincipal(), "own.noPerson");
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        if (form.getKind() == OwnLearningKind.FACILITATING) {
            problems.add(new Problem("kind", "own.kind.facilitating"));
        }
        if (form.getDoneOn() != null && form.getDoneOn().isAfter(today)) {
            problems.add(new Problem("doneOn", "own.doneOn.future"));
        } else if (form.getDoneOn() != null && form.getDoneOn().isBefore(EARLIEST)) {
            problems.add(new Problem("doneOn", "own.doneOn.early"));
        }
        BigDecimal hours = form.getHours();
        if (hours != null && hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0) {
            problems.add(new Problem("hours", "own.hours.quarters"));
        }
        Strand strand = null;
        if (strandCode != null && !strandCode.isBlank()) {
            strand = em.find(Strand.class, strandCode.strip());
            if (strand == null) {
                problems.add(new Problem("strand", "own.strand.unknown"));
            }
        }
        OwnLearning target;
        if (form.getId() == null) {
            target = new OwnLearning();
            target.recorded(me, clock.instant());
        } else {
            target = em.find(OwnLearning.class, form.getId());
            if (target == null || !target.getPerson().getId().equals(me.getId())) {
                throw new NotFoundException("OwnLearning", form.getId());
            }
            if (!target.isOpenToChange()) {
                throw new RejectedException(null, "own.locked");
            }
            if (target.getVersion() != form.getVersion()) {
                throw new RejectedException(null, "own.changedMeanwhile");
            }
        }
        target.copyFieldsFrom(form);
        target.setStrand(strand);
        OwnLearning saved = Constraints.store(em, validator, target, form.getId(), problems);
        audit.record(form.getId() == null ? AuditAction.CREATED : AuditAction.CHANGED, "OwnLearning", saved.getId(), "own");
        return saved;
    }

    /** Removes one of the signed-in person's entries still open to change. */
    @RolesAllowed(Roles.LEARNER)
    public void remove(long id) throws NotFoundException, RejectedException {
        OwnLearning entry = em.find(OwnLearning.class, id);
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (entry == null || !entry.getPerson().getId().equals(me)) {
            throw new NotFoundException("OwnLearning", id);
        }
        if (!entry.isOpenToChange()) {
            throw new RejectedException(null, "own.locked");
        }
        em.remove(entry);
        audit.record(AuditAction.DELETED, "OwnLearning", id, "own");
    }

    /** The signed-in line manager's staff's learning not yet confirmed, oldest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<OwnLearning> toConfirm() {
        return Callers.personId(em, context.getCallerPrincipal())
                .map(me -> em.createQuery("select o from OwnLearning o join fetch o.person p where p.lineManager.id = :me"
                                + " and o.confirmedAt is null and o.acceptedRecord is null order by o.doneOn, o.id", OwnLearning.class)
                        .setParameter("me", me).getResultList())
                .orElse(List.of());
    }

    /** The line manager confirms one of their staff's entries (the learning it records took place). */
    @RolesAllowed(Roles.MANAGER)
    public OwnLearning confirm(long id) throws NotFoundException, RejectedException {
        OwnLearning entry = em.find(OwnLearning.class, id, LockModeType.PESSIMISTIC_WRITE);
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        Person lineManager = entry == null ? null : entry.getPerson().getLineManager();
        if (entry == null || me == null || lineManager == null || !lineManager.getId().equals(me)) {
            throw new NotFoundException("OwnLearning", id);
        }
        if (entry.getConfirmedAt() != null) {
            throw new RejectedException(null, "own.confirmed.already");
        }
        entry.confirm(em.find(Person.class, me), clock.instant());
        audit.record(AuditAction.CHANGED, "OwnLearning", id, "confirmed");
        return entry;
    }

    /**
     * The learning team accepts an entry as equivalent to a course: a learning record of kind EQUIVALENT on the day of
     * the learning, whose evidence names the entry (refused as {@link LearningRecordService#recordEquivalent} refuses).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public LearningRecord accept(long id, Long courseId) throws NotFoundException, RejectedException {
        OwnLearning entry = em.find(OwnLearning.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new NotFoundException("OwnLearning", id);
        }
        if (entry.getAcceptedRecord() != null) {
            throw new RejectedException(null, "own.accepted.already");
        }
        String evidence = "Recorded by the person: " + entry.getTitle() + (entry.getEvidence() == null ? "" : " (" + entry.getEvidence() + ")");
        LearningRecord record = records.recordEquivalent(entry.getPerson().getId(), courseId, entry.getDoneOn(),
                evidence.length() > 500 ? evidence.substring(0, 500) : evidence);
        entry.accepted(record);
        audit.record(AuditAction.CHANGED, "OwnLearning", id, "accepted");
        return record;
    }

    private List<OwnLearning> list(long personId) {
        return em.createQuery("select o from OwnLearning o left join fetch o.strand left join fetch o.confirmedBy"
                        + " left join fetch o.acceptedRecord where o.person.id = :person order by o.doneOn desc, o.id desc", OwnLearning.class)
                .setParameter("person", personId).getResultList();
    }

    /** A person the caller may read the own learning of: their line manager, or the learning team. */
    private Person readable(long personId) throws NotFoundException {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN)) {
            return person;
        }
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        boolean staff = context.isCallerInRole(Roles.MANAGER) && person.getLineManager() != null && person.getLineManager().getId().equals(me);
        if (!staff) {
            throw new NotFoundException("Person", personId);
        }
        return person;
    }
}
