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
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/**
 * Erasure requests (UK GDPR Art. 17). A person asks for their own data to be erased, or the data protection
 * officer raises a request for someone; the officer decides: erase (the person is anonymised as the retention
 * rules do — not while a legal hold is in place) or refuse with the lawful exception and a note. Only one request
 * per person is open at a time. Someone other than the officer asking for another person's erasure is refused
 * and the attempt audited.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class ErasureRequestService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private LegalHoldService holds;

    @Inject
    private PersonAnonymiser anonymiser;

    /** The signed-in person asks for their own data to be erased. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public ErasureRequest requestMine() throws RejectedException {
        Person me = Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new RejectedException(null, "erasure.noPerson"));
        return open(me);
    }

    /** A request for the person with this work e-mail address: the data protection officer's (anyone else is refused, audited). */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public ErasureRequest request(String workEmail) throws RejectedException {
        List<Problem> problems = new ArrayList<>();
        Person person = PersonByWorkEmail.find(em, workEmail, problems);
        if (!officer()) {
            audit.refused("Person", person == null ? null : person.getId(), "erasure.request");
            throw new RejectedException(null, "dataProtection.notAllowed");
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        return open(person);
    }

    /** The open requests, oldest first. */
    public List<ErasureRequest> open() {
        return em.createQuery("select r from ErasureRequest r join fetch r.person where r.status = :open order by r.requestedAt, r.id",
                ErasureRequest.class).setParameter("open", ErasureStatus.OPEN).getResultList();
    }

    /** The requests decided, the latest first (at most {@code max}): erased, or refused on a ground. */
    public List<ErasureRequest> decided(int max) {
        return em.createQuery("select r from ErasureRequest r join fetch r.person where r.status <> :open order by r.decidedAt desc, r.id desc",
                ErasureRequest.class).setParameter("open", ErasureStatus.OPEN).setMaxResults(max).getResultList();
    }

    /** Erases the person of an open request: refused while they are held. */
    public ErasureRequest erase(long requestId) throws RejectedException, NotFoundException {
        ErasureRequest request = openRequest(requestId);
        long personId = request.getPerson().getId();
        if (holds.isHeld(personId)) {
            throw new RejectedException(null, "erasure.held");
        }
        anonymiser.anonymise(personId);
        ErasureRequest decided = em.find(ErasureRequest.class, requestId);
        decided.erased(clock.instant(), me());
        audit.record(AuditAction.ERASED, "Person", personId, null);
        return decided;
    }

    /** Refuses an open request on a lawful ground ({@link ErasureException}), with a note (both required). */
    public ErasureRequest refuse(long requestId, String ground, String note) throws RejectedException, NotFoundException {
        List<Problem> problems = new ArrayList<>();
        ErasureException exception = null;
        try {
            exception = ground == null || ground.isBlank() ? null : ErasureException.valueOf(ground.strip());
        } catch (IllegalArgumentException e) {
            // Reported below, on the field.
        }
        if (exception == null) {
            problems.add(new Problem("exception", "erasure.exception.required"));
        }
        String why = Text.clean(note);
        if (why == null) {
            problems.add(new Problem("note", "erasure.note.required"));
        } else if (why.length() > 1000) {
            problems.add(new Problem("note", "erasure.note.size"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        ErasureRequest request = openRequest(requestId);
        request.refused(clock.instant(), me(), exception, why);
        audit.record(AuditAction.CHANGED, "ErasureRequest", requestId, "refused");
        return request;
    }

    private ErasureRequest open(Person person) throws RejectedException {
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        long open = em.createQuery("select count(r) from ErasureRequest r where r.person = :person and r.status = :open", Long.class)
                .setParameter("person", person).setParameter("open", ErasureStatus.OPEN).getSingleResult();
        if (open > 0) {
            throw new RejectedException(null, "erasure.alreadyOpen");
        }
        ErasureRequest request = new ErasureRequest(person, clock.instant(), me());
        em.persist(request);
        audit.record(AuditAction.CREATED, "ErasureRequest", request.getId(), null);
        return request;
    }

    private ErasureRequest openRequest(long requestId) throws RejectedException, NotFoundException {
        ErasureRequest request = em.find(ErasureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("ErasureRequest", requestId);
        }
        if (request.getStatus() != ErasureStatus.OPEN) {
            throw new RejectedException(null, "erasure.decided");
        }
        return request;
    }

    private boolean officer() {
        return context.isCallerInRole(Roles.DPO);
    }

    private Long me() {
        return Callers.accountId(em, context.getCallerPrincipal()).orElse(null);
    }
}
