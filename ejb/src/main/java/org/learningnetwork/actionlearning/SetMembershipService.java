package org.learningnetwork.actionlearning;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.organisation.Partnership;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.Callers;

/**
 * Taking part, for anyone signed in: the sets and communities open to join, applying (the line manager approves where
 * there is one, then the learning team gives a place) or joining an open community at once, answering an invitation,
 * withdrawing and leaving; a member sees their sets' meetings. A line manager approves or declines their staff's
 * applications. Someone's rows are found only through them (another's are not found).
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
public class SetMembershipService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private SetMails mails;

    /** A set open to join: its members now, the caller's standing in it (null: never asked), its next meeting. */
    public record Open(LearningSet set, long members, MemberStatus mine, Instant nextMeeting) {

        /** Whether every place is taken. */
        public boolean isFull() {
            return set.getPlaces() != null && members >= set.getPlaces();
        }
    }

    /** One of the caller's sets: where they stand, its meetings to come and those held. */
    public record Mine(SetMember member, List<SetMeeting> upcoming, long held) {
    }

    /** The running sets and communities one joins by applying or at once, by name. */
    public List<Open> open() {
        Person me = me();
        Map<Long, MemberStatus> mine = new HashMap<>();
        for (SetMember m : em.createQuery("select m from SetMember m where m.person = :me", SetMember.class).setParameter("me", me)
                .getResultList()) {
            mine.put(m.getSet().getId(), m.getStatus());
        }
        Map<Long, Long> members = new HashMap<>();
        for (Object[] row : em.createQuery("select m.set.id, count(m) from SetMember m where m.status = :member group by m.set.id",
                Object[].class).setParameter("member", MemberStatus.MEMBER).getResultList()) {
            members.put((Long) row[0], (Long) row[1]);
        }
        return em.createQuery("select s from LearningSet s where s.closedOn is null and s.joining <> :invitation order by s.kind, s.nameKey",
                        LearningSet.class).setParameter("invitation", Joining.INVITATION).getResultList().stream()
                .map(s -> new Open(s, members.getOrDefault(s.getId(), 0L), mine.get(s.getId()),
                        SetMemberships.upcoming(em, s, clock.instant()).stream().findFirst().map(SetMeeting::getStartsAt).orElse(null)))
                .toList();
    }

    /** The caller's sets: invitations and applications waiting, and those they are a member of, with their meetings. */
    public List<Mine> mine() {
        Instant now = clock.instant();
        return em.createQuery("select m from SetMember m join fetch m.set s where m.person = :me and m.status not in :gone"
                        + " order by s.nameKey", SetMember.class).setParameter("me", me())
                .setParameter("gone", List.of(MemberStatus.DECLINED, MemberStatus.LEFT)).getResultList().stream()
                .map(m -> new Mine(m, SetMemberships.upcoming(em, m.getSet(), now), em.createQuery("select count(x) from SetMeeting x"
                        + " where x.set = :set and x.cancelledAt is null and x.startsAt <= :now", Long.class)
                        .setParameter("set", m.getSet()).setParameter("now", now).getSingleResult()))
                .toList();
    }

    /**
     * Asks to join: an open community takes the caller in at once; an application goes to their line manager (an
     * active one with a work address) or, without one, to the learning team for a place.
     */
    public SetMember ask(long setId) throws RejectedException, NotFoundException {
        LearningSet set = em.find(LearningSet.class, setId, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            throw new NotFoundException("LearningSet", setId);
        }
        Person me = me();
        if (em.createNamedQuery(Partnership.SERVES, Long.class).setParameter("organisation", me.getOrganisation()).getSingleResult() == 0) {
            throw new RejectedException(null, "set.notServed");
        }
        SetMember member = SetMemberships.of(em, set, me);
        Person manager = me.getLineManager();
        boolean hasManager = manager != null && manager.isActive() && manager.getWorkEmail() != null;
        MemberStatus next = SetRules.asked(set.getJoining(), set.isClosed(), member.getId() == null ? null : member.getStatus(), hasManager);
        if (next == MemberStatus.MEMBER) {
            SetRules.placeFree(set.getPlaces(), SetMemberships.count(em, set));
        }
        member.ask(next, next == MemberStatus.AWAITING_MANAGER ? manager : null, clock.instant());
        if (member.getId() == null) {
            em.persist(member);
        }
        List<SetMeeting> upcoming = SetMemberships.upcoming(em, set, clock.instant());
        switch (next) {
            case MEMBER -> {
                member.join(today());
                mails.joined(member, upcoming);
            }
            case AWAITING_MANAGER -> mails.approvalNeeded(member, upcoming);
            default -> mails.application(member, false);
        }
        audit.record(AuditAction.CREATED, "SetMember", member.getId(), next.name());
        return member;
    }

    /** Accepts an invitation, while a place is free. */
    public SetMember accept(long memberId) throws RejectedException, NotFoundException {
        SetMember member = mine(memberId);
        SetRules.standing(member.getStatus(), MemberStatus.INVITED);
        SetMemberships.join(em, mails, member, today(), clock.instant());
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "accepted");
        return member;
    }

    /** Declines an invitation, or withdraws an application still waiting. */
    public SetMember withdraw(long memberId) throws RejectedException, NotFoundException {
        SetMember member = mine(memberId);
        if (!member.getStatus().isPending()) {
            throw new RejectedException(null, "set.member.moved");
        }
        member.move(MemberStatus.DECLINED);
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "withdrawn");
        return member;
    }

    /** Leaves a set: its meetings to come leave the caller's calendar. */
    public SetMember leave(long memberId) throws RejectedException, NotFoundException {
        SetMember member = mine(memberId);
        SetRules.standing(member.getStatus(), MemberStatus.MEMBER);
        member.leave(today());
        SetMemberships.upcoming(em, member.getSet(), clock.instant()).forEach(meeting -> mails.cancelled(meeting, member.getPerson()));
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "left");
        return member;
    }

    /** The applications of the caller's staff waiting for their approval, oldest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<SetMember> awaitingMe() {
        return em.createQuery("select m from SetMember m join fetch m.set join fetch m.person where m.approver = :me and m.status = :waiting"
                + " order by m.askedAt", SetMember.class).setParameter("me", me())
                .setParameter("waiting", MemberStatus.AWAITING_MANAGER).getResultList();
    }

    /** Approves a member of staff's application: it goes to the learning team for a place. */
    @RolesAllowed(Roles.MANAGER)
    public SetMember approve(long memberId) throws RejectedException, NotFoundException {
        SetMember member = awaiting(memberId);
        member.move(MemberStatus.APPLIED);
        mails.application(member, true);
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "approved");
        return member;
    }

    /** Declines a member of staff's application. */
    @RolesAllowed(Roles.MANAGER)
    public SetMember decline(long memberId) throws RejectedException, NotFoundException {
        SetMember member = awaiting(memberId);
        member.move(MemberStatus.DECLINED);
        mails.declined(member);
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "declined by manager");
        return member;
    }

    private SetMember awaiting(long memberId) throws RejectedException, NotFoundException {
        SetMember member = em.find(SetMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        Person me = me();
        if (member == null || member.getApprover() == null || !member.getApprover().getId().equals(me.getId())) {
            throw new NotFoundException("SetMember", memberId);
        }
        SetRules.standing(member.getStatus(), MemberStatus.AWAITING_MANAGER);
        return member;
    }

    private SetMember mine(long memberId) throws NotFoundException {
        SetMember member = em.find(SetMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null || !member.getPerson().getId().equals(me().getId())) {
            throw new NotFoundException("SetMember", memberId);
        }
        return member;
    }

    private Person me() {
        return Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new jakarta.ejb.EJBAccessException("No person"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Installation.zone()));
    }
}
