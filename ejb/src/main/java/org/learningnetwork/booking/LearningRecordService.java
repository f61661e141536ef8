package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.organisation.PartnershipScope;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/** A person's learning record (courses completed, attended in part, or recorded as equivalent) and certificates. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.COORDINATOR, Roles.ADMIN})
public class LearningRecordService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** The signed-in learner's records, the latest first. */
    @RolesAllowed(Roles.LEARNER)
    public List<LearningRecord> mine() {
        return Callers.personId(em, context.getCallerPrincipal())
                .map(me -> em.createQuery("select r from LearningRecord r join fetch r.course left join fetch r.resource where r.person.id = :me"
                        + " order by r.completedOn desc, r.id desc", LearningRecord.class).setParameter("me", me).getResultList())
                .orElse(List.of());
    }

    /** A person's learning record, the latest first (for the learning team). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<LearningRecord> of(long personId) throws NotFoundException {
        Person person = inScope(personId);
        audit.record(AuditAction.VIEWED, "Person", personId, "learning.record");
        return em.createQuery("select r from LearningRecord r join fetch r.course left join fetch r.resource where r.person = :person"
                + " order by r.completedOn desc, r.id desc", LearningRecord.class).setParameter("person", person).getResultList();
    }

    /**
     * The learning team records that a person's earlier learning (elsewhere, or before Learning Network) is
     * equivalent to a course: it then counts as the course done, for prerequisites and the person's record. Needs
     * the date of that learning (not in the future) and the evidence seen; refused if the person already has the
     * course completed or recorded as equivalent.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public LearningRecord recordEquivalent(long personId, Long courseId, LocalDate completedOn, String evidence)
            throws NotFoundException, RejectedException {
        Person person = inScope(personId);
        List<Problem> problems = new ArrayList<>();
        Course course = courseId == null ? null : em.find(Course.class, courseId);
        if (course == null) {
            problems.add(new Problem("course", "equivalent.course.required"));
        }
        if (completedOn == null) {
            problems.add(new Problem("completedOn", "equivalent.date.required"));
        } else if (completedOn.isAfter(LocalDate.now(clock.withZone(Installation.zone())))) {
            problems.add(new Problem("completedOn", "equivalent.date.future"));
        }
        String note = Text.clean(evidence);
        if (note == null) {
            problems.add(new Problem("evidence", "equivalent.evidence.required"));
        } else if (note.length() > 500) {
            problems.add(new Problem("evidence", "equivalent.evidence.size"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        long done = em.createQuery("select count(r) from LearningRecord r where r.person = :person and r.course = :course"
                        + " and r.kind in :completing", Long.class)
                .setParameter("person", person).setParameter("course", course).setParameter("completing", LearningRecordKind.COMPLETING)
                .getSingleResult();
        if (done > 0) {
            throw new RejectedException("course", "equivalent.already");
        }
        LearningRecord record = new LearningRecord(person, course, null, completedOn, BigDecimal.ZERO, LearningRecordKind.EQUIVALENT,
                Callers.person(em, context.getCallerPrincipal()).orElse(null), note);
        em.persist(record);
        audit.record(AuditAction.CREATED, "LearningRecord", record.getId(), "equivalent");
        return record;
    }

    /** A certificate of attendance, or of self-guided learning done: for the learner the record belongs to, or the learning team. */
    public Certificate certificate(long recordId) throws NotFoundException, RejectedException {
        LearningRecord record = em.find(LearningRecord.class, recordId);
        if (record == null) {
            throw new NotFoundException("Learning record", recordId);
        }
        boolean team = context.isCallerInRole(Roles.ADMIN)
                || context.isCallerInRole(Roles.COORDINATOR) && PartnershipScope.covers(em, context, record.getPerson().getOrganisation());
        if (!team) {
            Long mine = Callers.person(em, context.getCallerPrincipal()).map(Person::getId).orElse(null);
            if (!record.getPerson().getId().equals(mine)) {
                // Someone else's record is answered as one that does not exist.
                throw new NotFoundException("Learning record", recordId);
            }
        }
        if ((record.getSession() == null && !record.getKind().selfGuided()) || record.getKind() == LearningRecordKind.EQUIVALENT) {
            throw new RejectedException(null, "certificate.notAttendance");
        }
        return new Certificate("certificate-LN-" + record.getId() + ".pdf", Certificates.pdf(record));
    }

    /** The person, if the caller works for their partnership; anyone else is answered as if there were no one. */
    private Person inScope(long personId) throws NotFoundException {
        Person person = em.find(Person.class, personId);
        if (person == null || !PartnershipScope.covers(em, context, person.getOrganisation())) {
            throw new NotFoundException("Person", personId);
        }
        return person;
    }

    /** A certificate as a file to download. */
    public record Certificate(String fileName, byte[] pdf) {
    }
}
