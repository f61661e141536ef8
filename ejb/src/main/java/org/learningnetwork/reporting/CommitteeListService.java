package org.learningnetwork.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The committees' distribution lists, kept by the learning team: the addresses each committee's quarterly KPI report
 * pack is e-mailed to. Adding and removing are audited (by record id: the address is not written to the audit log).
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CommitteeListService {

    public static final int EMAIL_MAX = 254;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** Every address on every list, by committee and address. */
    public List<CommitteeRecipient> all() {
        return em.createQuery("select r from CommitteeRecipient r order by r.committee, r.email", CommitteeRecipient.class).getResultList();
    }

    /**
     * Adds an address to a committee's list; refused on its field: an unknown committee ({@code committee},
     * {@code committeeLists.committee.unknown}), an address that is not one ({@code email}, {@code committeeLists.email.invalid})
     * or already on the list ({@code email}, {@code committeeLists.email.already}).
     */
    public CommitteeRecipient add(String committee, String email) throws RejectedException {
        if (committee == null || em.createNativeQuery("select count(*) from committee where code = ? and active = true").setParameter(1, committee)
                .getSingleResult() instanceof Number n && n.longValue() == 0) {
            throw new RejectedException("committee", "committeeLists.committee.unknown");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            if (address.isEmpty() || address.length() > EMAIL_MAX || !address.contains("@")) {
                throw new AddressException(address);
            }
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw new RejectedException("email", "committeeLists.email.invalid");
        }
        if (em.createQuery("select count(r) from CommitteeRecipient r where r.committee = :committee and r.email = :email", Long.class)
                .setParameter("committee", committee).setParameter("email", address).getSingleResult() > 0) {
            throw new RejectedException("email", "committeeLists.email.already");
        }
        Long person = ((java.util.stream.Stream<?>) em.createNativeQuery("select p.id from person p where p.work_email = ?")
                .setParameter(1, address).getResultStream()).findFirst().map(id -> ((Number) id).longValue()).orElse(null);
        CommitteeRecipient recipient = new CommitteeRecipient(committee, address, clock.instant(), person);
        em.persist(recipient);
        em.flush();
        audit.record(AuditAction.CREATED, "CommitteeRecipient", recipient.getId(), "committeeLists.added");
        return recipient;
    }

    /** Removes an address from its list. */
    public void remove(long id) throws NotFoundException {
        CommitteeRecipient recipient = em.find(CommitteeRecipient.class, id);
        if (recipient == null) {
            throw new NotFoundException("CommitteeRecipient", id);
        }
        em.remove(recipient);
        audit.record(AuditAction.DELETED, "CommitteeRecipient", id, "committeeLists.removed");
    }
}
