package org.learningnetwork.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.security.Callers;

/**
 * Subject access requests made to the data protection officer (by letter, e-mail or from My learning), tracked
 * against the one-month deadline: recorded, listed soonest due first with the overdue ones marked, answered.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class SubjectAccessRequestService {

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /**
     * Records a request from the person with this work e-mail address, received on the given day (not in the
     * future; none: today). Problems are reported on {@code workEmail} and {@code receivedOn}.
     */
    public SubjectAccessRequest record(String workEmail, LocalDate receivedOn) throws RejectedException {
        List<Problem> problems = new ArrayList<>();
        Person person = PersonByWorkEmail.find(em, workEmail, problems);
        LocalDate today = today();
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (received.isAfter(today)) {
            problems.add(new Problem("receivedOn", "subjectAccess.receivedOn.future"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        return create(person, received);
    }

    /** The signed-in person asks the officer for a copy of their data (for example a readable one). */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public SubjectAccessRequest requestMine() throws RejectedException {
        Person me = Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new RejectedException(null, "erasure.noPerson"));
        long open = em.createQuery("select count(r) from SubjectAccessRequest r where r.person = :me and r.answeredAt is null", Long.class)
                .setParameter("me", me).getSingleResult();
        if (open > 0) {
            throw new RejectedException(null, "subjectAccess.alreadyOpen");
        }
        return create(me, today());
    }

    /** The requests not yet answered, the soonest due first. */
    public List<SubjectAccessRequest> open() {
        return em.createQuery("select r from SubjectAccessRequest r join fetch r.person where r.answeredAt is null"
                + " order by r.dueOn, r.id", SubjectAccessRequest.class).getResultList();
    }

    /** Marks a request answered. */
    public SubjectAccessRequest answer(long requestId) throws RejectedException, NotFoundException {
        SubjectAccessRequest request = em.find(SubjectAccessRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("SubjectAccessRequest", requestId);
        }
        if (request.getAnsweredAt() != null) {
            throw new RejectedException(null, "subjectAccess.answered");
        }
        request.answered(clock.instant(), me());
        audit.record(AuditAction.CHANGED, "SubjectAccessRequest", requestId, "answered");
        return request;
    }

    /** Today in the council's time zone, against which requests are due. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private SubjectAccessRequest create(Person person, LocalDate received) {
        SubjectAccessRequest request = new SubjectAccessRequest(person, received, me());
        em.persist(request);
        audit.record(AuditAction.CREATED, "SubjectAccessRequest", request.getId(), null);
        return request;
    }

    private Long me() {
        return Callers.accountId(em, context.getCallerPrincipal()).orElse(null);
    }
}
