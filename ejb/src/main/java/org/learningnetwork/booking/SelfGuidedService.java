package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.LearningResource;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/**
 * A learner marks self-guided learning done: a learning record with the resource's CPD hours (completing its course
 * when the resource does, so it counts for prerequisites and pathways), a certificate, and the end-of-course
 * evaluation asked ({@link SelfGuidedDone}). Once a day per resource; a retired resource, or one of a retired course,
 * is not found.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SelfGuidedService {

    /** The longest reflection kept. */
    public static final int REFLECTION_MAX = 1000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Event<SelfGuidedDone> done;

    @EJB
    private AuditLog audit;

    /** Records that the signed-in person did the resource today, with what they took from it (optional). */
    public LearningRecord markDone(long resourceId, String reflection) throws NotFoundException, RejectedException {
        Person me = Callers.requirePerson(em, context.getCallerPrincipal(), "selfGuided.noPerson");
        LearningResource resource = em.find(LearningResource.class, resourceId);
        if (resource == null || resource.isRetired() || resource.getCourse().isRetired()) {
            throw new NotFoundException("LearningResource", resourceId);
        }
        String text = Text.clean(reflection);
        if (text != null && text.length() > REFLECTION_MAX) {
            throw new RejectedException("reflection", "selfGuided.reflection.size");
        }
        // One person marking the same resource twice at once: the second waits here and finds the first.
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        long already = em.createQuery("select count(r) from LearningRecord r where r.person = :me and r.resource = :resource"
                        + " and r.completedOn = :today", Long.class)
                .setParameter("me", me).setParameter("resource", resource).setParameter("today", today).getSingleResult();
        if (already > 0) {
            throw new RejectedException(null, "selfGuided.already");
        }
        LearningRecord record = LearningRecord.selfGuided(me, resource, today, text);
        em.persist(record);
        em.flush();
        audit.record(AuditAction.CREATED, "LearningRecord", record.getId(), "selfGuided");
        done.fire(new SelfGuidedDone(record.getId()));
        return record;
    }

    /** The signed-in person's records of a course's self-guided learning, the latest first. */
    public List<LearningRecord> mineFor(long courseId) {
        return Callers.person(em, context.getCallerPrincipal())
                .map(me -> em.createQuery("select r from LearningRecord r join fetch r.resource where r.person = :me"
                                + " and r.course.id = :course order by r.completedOn desc, r.id desc", LearningRecord.class)
                        .setParameter("me", me).setParameter("course", courseId).getResultList())
                .orElse(List.of());
    }
}
