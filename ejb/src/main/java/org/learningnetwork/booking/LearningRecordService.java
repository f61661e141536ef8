package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
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
        return em.createQuery("select r from LearningRecord r join fetch r.course where r.person.id in"
                        + " (select a.person.id from UserAccount a where a.username = :username)"
                        + " order by r.completedOn desc, r.id desc", LearningRecord.class)
                .setParameter("username", username()).getResultList();
    }

    /** A certificate of attendance: for the learner the record belongs to, or the learning team. */
    public Certificate certificate(long recordId) throws NotFoundException, RejectedException {
        LearningRecord record = em.find(LearningRecord.class, recordId);
        if (record == null) {
            throw new NotFoundException("Learning record", recordId);
        }
        boolean team = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        if (!team) {
            Long mine = em.createQuery("select a.person.id from UserAccount a where a.username = :username", Long.class)
                    .setParameter("username", username()).getResultStream().findFirst().orElse(null);
            if (!record.getPerson().getId().equals(mine)) {
                throw new RejectedException(null, "certificate.notYours");
            }
        }
        if (record.getSession() == null || record.getKind() == LearningRecordKind.EQUIVALENT) {
            throw new RejectedException(null, "certificate.notAttendance");
        }
        return new Certificate("certificate-LN-" + record.getId() + ".pdf", Certificates.pdf(record));
    }

    private String username() {
        return context.getCallerPrincipal().getName().toLowerCase(Locale.ROOT);
    }

    /** A certificate as a file to download. */
    public record Certificate(String fileName, byte[] pdf) {
    }
}
