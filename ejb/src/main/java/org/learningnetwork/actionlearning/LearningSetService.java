package org.learningnetwork.actionlearning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.access.Role;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.organisation.PartnershipScope;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.UniqueViolation;

/**
 * The learning team runs the action-learning programme: sets and communities of practice added, changed, closed and
 * opened again; facilitators assigned (with whether each is trained and how much they have facilitated since);
 * people invited, applications given a place or declined, members taken off; meetings scheduled as a series or one
 * by one, and cancelled. Members hear of each step by e-mail, meetings as calendar invitations. A coordinator scoped
 * to partnerships invites only their people. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class LearningSetService {

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private SetMails mails;

    /** A set in the list: its members now, those waiting for a decision, and its next meeting (null: none planned). */
    public record Listing(LearningSet set, long members, long waiting, Instant nextMeeting) {
    }

    /** A facilitator or a candidate, with their training and what they facilitated since. */
    public record Facilitator(Person person, FacilitatorRules.Standing standing) {
    }

    /** The sets and communities, running ones first, by name; closed ones only when asked. */
    public List<Listing> list(boolean includeClosed) {
        List<LearningSet> sets = em.createQuery("select s from LearningSet s" + (includeClosed ? "" : " where s.closedOn is null")
                + " order by s.closedOn desc, s.nameKey", LearningSet.class).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select m.set.id, m.status, count(m) from SetMember m group by m.set.id, m.status", Object[].class)
                .getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            MemberStatus status = (MemberStatus) row[1];
            if (status == MemberStatus.MEMBER) {
                c[0] += (Long) row[2];
            } else if (status.isPending()) {
                c[1] += (Long) row[2];
            }
        }
        Map<Long, Instant> next = new HashMap<>();
        // Each set's meetings to come in order, the first kept (min() of a converted instant comes back unconverted on PostgreSQL).
        for (Object[] row : em.createQuery("select m.set.id, m.startsAt from SetMeeting m where m.cancelledAt is null"
                + " and m.startsAt > :now order by m.startsAt", Object[].class).setParameter("now", clock.instant()).getResultList()) {
            next.putIfAbsent((Long) row[0], (Instant) row[1]);
        }
        return sets.stream().map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[2]);
            return new Listing(s, c[0], c[1], next.get(s.getId()));
        }).toList();
    }

    /** The set with its facilitators. */
    public LearningSet find(long id) throws NotFoundException {
        LearningSet set = em.find(LearningSet.class, id);
        if (set == null) {
            throw new NotFoundException("LearningSet", id);
        }
        set.getFacilitators().size();
        return set;
    }

    /**
     * Adds a set, or saves one changed on a screen ({@code edited} read at its version: a change made in the meantime
     * fails rather than being overwritten), held at the venue {@code venueId} unless online. Every problem at once.
     */
    public LearningSet save(@NotNull LearningSet edited, Long venueId) throws RejectedException, NotFoundException {
        boolean added = edited.getId() == null;
        LearningSet target = added ? new LearningSet() : find(edited.getId());
        if (!added) {
            em.lock(target, LockModeType.OPTIMISTIC);
            if (target.getVersion() != edited.getVersion()) {
                throw new OptimisticLockException(target);
            }
        }
        List<Problem> problems = new ArrayList<>();
        Venue venue = null;
        if (!edited.isOnline()) {
            venue = venueId == null ? null : em.find(Venue.class, venueId);
            if (venue == null || !venue.isActive()) {
                problems.add(new Problem("venue", "set.venue.required"));
            }
        }
        if (edited.getName() != null && em.createQuery("select count(s) from LearningSet s where s.nameKey = :key and s.id <> :id", Long.class)
                .setParameter("key", Text.key(edited.getName())).setParameter("id", added ? -1L : target.getId()).getSingleResult() > 0) {
            problems.add(new Problem("name", "set.name.taken"));
        }
        target.setKind(edited.getKind());
        target.setName(edited.getName());
        target.setPurpose(edited.getPurpose());
        target.setDescription(edited.getDescription());
        target.setJoining(edited.getJoining());
        target.setPlaces(edited.getPlaces());
        target.setMeetingMinutes(edited.getMeetingMinutes());
        target.setOnline(edited.isOnline());
        target.setVenue(venue);
        target.setCheckpoints(edited.getCheckpoints());
        target.setAskManagers(edited.isAskManagers());
        if (added) {
            target.created(today());
        }
        LearningSet saved;
        try {
            saved = Constraints.store(em, validator, target, added ? null : target.getId(), problems);
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new RejectedException("name", "set.name.taken");
            }
            throw e;
        }
        audit.record(added ? AuditAction.CREATED : AuditAction.CHANGED, "LearningSet", saved.getId(), saved.getKind().name());
        return saved;
    }

    /** Closes the set: no one joins, no meeting is added; its future meetings are cancelled (members' calendars told). */
    public LearningSet close(long id) throws NotFoundException {
        LearningSet set = find(id);
        if (!set.isClosed()) {
            for (SetMeeting meeting : upcoming(set)) {
                cancel(meeting);
            }
            set.close(today());
            audit.record(AuditAction.CHANGED, "LearningSet", id, "closed");
        }
        return set;
    }

    /** Opens a closed set again. */
    public LearningSet reopen(long id) throws NotFoundException {
        LearningSet set = find(id);
        if (set.isClosed()) {
            set.reopen();
            audit.record(AuditAction.CHANGED, "LearningSet", id, "reopened");
        }
        return set;
    }

    /** The set's facilitators with their standing. */
    public List<Facilitator> facilitators(long setId) throws NotFoundException {
        LearningSet set = find(setId);
        return withStanding(set.getFacilitatorList());
    }

    /**
     * Who may facilitate: the people whose active accounts have the facilitator role and who do not facilitate the set
     * yet, trained ones first, each with their standing.
     */
    public List<Facilitator> candidates(long setId) throws NotFoundException {
        LearningSet set = find(setId);
        List<Person> people = em.createQuery("select distinct p from UserAccount a join a.roles r join a.person p where r = :role"
                + " and a.active = true and p.active = true order by p.familyName, p.givenName", Person.class)
                .setParameter("role", Role.FACILITATOR).getResultList().stream().filter(p -> !set.getFacilitators().contains(p)).toList();
        List<Facilitator> candidates = new ArrayList<>(withStanding(people));
        candidates.sort(java.util.Comparator.comparing((Facilitator f) -> !f.standing().isTrained()));
        return candidates;
    }

    private List<Facilitator> withStanding(List<Person> people) {
        Map<Long, FacilitatorRules.Standing> standings = FacilitatorStandings.of(em, people.stream().map(Person::getId).toList(), clock.instant());
        return people.stream().map(p -> new Facilitator(p, standings.get(p.getId()))).toList();
    }

    /** Makes a person with the facilitator role a facilitator of the set. */
    public LearningSet addFacilitator(long setId, Long personId) throws RejectedException, NotFoundException {
        LearningSet set = find(setId);
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (person == null || candidates(setId).stream().noneMatch(c -> c.person().equals(person))) {
            throw new RejectedException("facilitator", "set.facilitator.unknown");
        }
        set.addFacilitator(person);
        audit.record(AuditAction.CHANGED, "LearningSet", setId, "facilitator " + personId + " added");
        return set;
    }

    public LearningSet removeFacilitator(long setId, long personId) throws NotFoundException {
        LearningSet set = find(setId);
        Person person = em.find(Person.class, personId);
        if (person != null && set.getFacilitators().contains(person)) {
            set.removeFacilitator(person);
            audit.record(AuditAction.CHANGED, "LearningSet", setId, "facilitator " + personId + " removed");
        }
        return set;
    }

    /** Everyone who asked to join, was invited, is or was a member: waiting first, then members, by name. */
    public List<SetMember> members(long setId) throws NotFoundException {
        find(setId);
        List<SetMember> members = new ArrayList<>(em.createQuery("select m from SetMember m join fetch m.person p where m.set.id = :set"
                + " order by p.familyName, p.givenName", SetMember.class).setParameter("set", setId).getResultList());
        members.sort(java.util.Comparator.comparing((SetMember m) -> order(m.getStatus())));
        return members;
    }

    private static int order(MemberStatus status) {
        return switch (status) {
            case APPLIED -> 0;
            case AWAITING_MANAGER -> 1;
            case INVITED -> 2;
            case MEMBER -> 3;
            case LEFT -> 4;
            case DECLINED -> 5;
        };
    }

    /** Invites the person with this work e-mail (one the caller's partnerships cover). */
    public SetMember invite(long setId, String workEmail) throws RejectedException, NotFoundException {
        LearningSet set = find(setId);
        String email = workEmail == null ? "" : workEmail.strip();
        if (email.isEmpty()) {
            throw new RejectedException("person", "set.invite.email.required");
        }
        Person person = em.createQuery("select p from Person p where lower(p.workEmail) = :email and p.active = true", Person.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .filter(p -> PartnershipScope.covers(em, context, p.getOrganisation()))
                .orElseThrow(() -> new RejectedException("person", "set.invite.unknown"));
        SetMember member = SetMemberships.of(em, set, person);
        SetRules.invitable(set.isClosed(), member.getId() == null ? null : member.getStatus());
        member.ask(MemberStatus.INVITED, null, clock.instant());
        if (member.getId() == null) {
            em.persist(member);
        }
        mails.invited(member, upcoming(set));
        audit.record(AuditAction.CREATED, "SetMember", member.getId(), "invited");
        return member;
    }

    /** Gives an applicant (approved where needed) a place, while one is free. */
    public SetMember admit(long memberId) throws RejectedException, NotFoundException {
        SetMember member = member(memberId);
        SetRules.standing(member.getStatus(), MemberStatus.APPLIED);
        SetMemberships.join(em, mails, member, today(), clock.instant());
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "admitted");
        return member;
    }

    /** Declines an application (waiting for a place or for the manager) or withdraws an invitation. */
    public SetMember decline(long memberId) throws RejectedException, NotFoundException {
        SetMember member = member(memberId);
        if (!member.getStatus().isPending()) {
            throw new RejectedException(null, "set.member.moved");
        }
        boolean applied = member.getStatus() != MemberStatus.INVITED;
        member.move(MemberStatus.DECLINED);
        if (applied) {
            mails.declined(member);
        }
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "declined");
        return member;
    }

    /** Takes a member off the set; their upcoming meetings leave their calendar. */
    public SetMember remove(long memberId) throws RejectedException, NotFoundException {
        SetMember member = member(memberId);
        SetRules.standing(member.getStatus(), MemberStatus.MEMBER);
        member.leave(today());
        upcoming(member.getSet()).forEach(meeting -> mails.cancelled(meeting, member.getPerson()));
        audit.record(AuditAction.CHANGED, "SetMember", memberId, "removed");
        return member;
    }

    private SetMember member(long memberId) throws NotFoundException {
        SetMember member = em.find(SetMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NotFoundException("SetMember", memberId);
        }
        return member;
    }

    /** Every meeting of the set, in order, cancelled ones too. */
    public List<SetMeeting> meetings(long setId) throws NotFoundException {
        find(setId);
        return em.createQuery("select m from SetMeeting m where m.set.id = :set order by m.startsAt", SetMeeting.class)
                .setParameter("set", setId).getResultList();
    }

    /**
     * Adds {@code count} meetings from {@code first} (the council's local time), every week, fortnight or month, each
     * as long as the set's meetings; every member gets each as a calendar invitation.
     */
    public List<SetMeeting> schedule(long setId, LocalDateTime first, Integer count, Cadence cadence) throws RejectedException, NotFoundException {
        LearningSet set = find(setId);
        if (set.isClosed()) {
            throw new RejectedException(null, "set.closed");
        }
        List<Problem> problems = SetRules.seriesProblems(first, count, cadence, clock.instant(), ZONE);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        List<Person> members = SetMemberships.members(em, set);
        List<SetMeeting> added = new ArrayList<>();
        for (SetRules.Slot slot : SetRules.series(first, count, cadence, set.getMeetingMinutes(), ZONE)) {
            SetMeeting meeting = new SetMeeting(set, slot.startsAt(), slot.endsAt());
            em.persist(meeting);
            added.add(meeting);
        }
        em.flush();
        for (SetMeeting meeting : added) {
            members.forEach(person -> mails.meeting(meeting, person));
        }
        audit.record(AuditAction.CHANGED, "LearningSet", setId, added.size() + " meetings added");
        return added;
    }

    /** Cancels a meeting still to come; its members' calendars are told. */
    public SetMeeting cancelMeeting(long meetingId) throws RejectedException, NotFoundException {
        SetMeeting meeting = em.find(SetMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException("SetMeeting", meetingId);
        }
        if (!meeting.getStartsAt().isAfter(clock.instant())) {
            throw new RejectedException(null, "set.meeting.past");
        }
        if (!meeting.isCancelled()) {
            cancel(meeting);
            audit.record(AuditAction.CHANGED, "LearningSet", meeting.getSet().getId(), "meeting " + meetingId + " cancelled");
        }
        return meeting;
    }

    private void cancel(SetMeeting meeting) {
        meeting.cancel(clock.instant());
        SetMemberships.members(em, meeting.getSet()).forEach(person -> mails.cancelled(meeting, person));
    }

    private List<SetMeeting> upcoming(LearningSet set) {
        return SetMemberships.upcoming(em, set, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The standings of these people, for other screens (the facilitators' own page). */
    public Map<Long, FacilitatorRules.Standing> standings(Collection<Long> personIds) {
        return FacilitatorStandings.of(em, personIds, clock.instant());
    }
}
