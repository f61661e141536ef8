package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.Callers;
import org.learningnetwork.security.Roles;

/** A person's learning record (courses completed, attended in part, or recorded as equivalent) and certificates. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.COORDINATOR, Roles.ADMIN})
public class LearningRecordService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The signed-in learner's records, the latest first. */
    @RolesAllowed(Roles.LEARNER)
    public List<LearningRecord> mine() {
        return Callers.person(em, context.getCallerPrincipal())
                .map(me -> em.createQuery("select r from LearningRecord r join fetch r.course where r.person = :me"
                        + " order by r.completedOn desc, r.id desc", LearningRecord.class).setParameter("me", me).getResultList())
                .orElse(List.of());
    }

    /** A certificate of attendance: for the learner the record belongs to, or the learning team. */
    public Certificate certificate(long recordId) throws NotFoundException, RejectedException {
        LearningRecord record = em.find(LearningRecord.class, recordId);
        if (record == null) {
            throw new NotFoundException("Learning record", recordId);
        }
        boolean team = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        if (!team) {
            Long mine = Callers.person(em, context.getCallerPrincipal()).map(Person::getId).orElse(null);
            if (!record.getPerson().getId().equals(mine)) {
                throw new RejectedException(null, "certificate.notYours");
            }
        }
        if (record.getSession() == null || record.getKind() == LearningRecordKind.EQUIVALENT) {
            throw new RejectedException(null, "certificate.notAttendance");
        }
        return new Certificate("certificate-LN-" + record.getId() + ".pdf", Certificates.pdf(record));
    }

    /** A certificate as a file to download. */
    public record Certificate(String fileName, byte[] pdf) {
    }
}
