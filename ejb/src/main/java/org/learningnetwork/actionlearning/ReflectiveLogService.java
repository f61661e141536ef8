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
import java.time.LocalDate;
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
 * A person's reflective log on a set: their own entries only (nobody else's is found, whatever their role), written
 * while a member or a facilitator of the set and kept to read after leaving. A member may share an entry with the
 * set's facilitators and take it back; a facilitator's own log is never shared. Every change is audited (never the text).
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
public class ReflectiveLogService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The caller's log on a set: the set, whether they facilitate it, may write, its meetings held, and their entries. */
    public record Log(LearningSet set, boolean facilitator, boolean mayWrite, List<SetMeeting> meetings, List<ReflectiveLogEntry> entries) {
    }

    /** The caller's log on the set; a set they never took part in is not found. */
    public Log log(long setId) throws NotFoundException {
        Person me = me();
        LearningSet set = em.find(LearningSet.class, setId);
        if (set == null) {
            throw new NotFoundException("LearningSet", setId);
        }
        boolean facilitator = set.isFacilitatedBy(me.getId());
        MemberStatus status = SetMemberships.of(em, set, me).getStatus();
        if (!facilitator && status != MemberStatus.MEMBER && status != MemberStatus.LEFT) {
            throw new NotFoundException("LearningSet", setId);
        }
        List<SetMeeting> meetings = em.createQuery("select m from SetMeeting m where m.set = :set and m.cancelledAt is null"
                + " and m.startsAt <= :now order by m.startsAt desc", SetMeeting.class).setParameter("set", set)
                .setParameter("now", clock.instant()).getResultList();
        List<ReflectiveLogEntry> entries = em.createQuery("select e from ReflectiveLogEntry e where e.set = :set and e.author = :me"
                + " order by e.writtenOn desc, e.id desc", ReflectiveLogEntry.class).setParameter("set", set).setParameter("me", me)
                .getResultList();
        return new Log(set, facilitator, facilitator || status == MemberStatus.MEMBER, meetings, entries);
    }

    /**
     * Writes a new entry ({@code entryId} null) or changes one of the caller's: the day, the text (up to 4,000
     * characters), perhaps the meeting it is about (one held, of the set), and whether it is shared with the set's
     * facilitators (a member's entry only).
     */
    public ReflectiveLogEntry save(long setId, Long entryId, Long meetingId, LocalDate writtenOn, String text, boolean shared)
            throws RejectedException, NotFoundException {
        Log log = log(setId);
        if (!log.mayWrite()) {
            throw new RejectedException(null, "log.notMember");
        }
        List<Problem> problems = new ArrayList<>();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            problems.add(new Problem("text", "log.text.required"));
        } else if (body.length() > ReflectiveLogEntry.TEXT_MAX) {
            problems.add(new Problem("text", "log.text.size", List.of(String.valueOf(ReflectiveLogEntry.TEXT_MAX))));
        }
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        if (writtenOn == null) {
            problems.add(new Problem("writtenOn", "log.writtenOn.required"));
        } else if (writtenOn.isAfter(today)) {
            problems.add(new Problem("writtenOn", "log.writtenOn.future"));
        }
        SetMeeting meeting = null;
        if (meetingId != null) {
            meeting = log.meetings().stream().filter(m -> m.getId().equals(meetingId)).findFirst().orElse(null);
            if (meeting == null) {
                problems.add(new Problem("meeting", "log.meeting.unknown"));
            }
        }
        if (shared && log.facilitator()) {
            problems.add(new Problem("shared", "log.shared.facilitator"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        ReflectiveLogEntry entry = entryId == null ? new ReflectiveLogEntry(log.set(), me()) : own(entryId);
        if (!entry.getSet().equals(log.set())) {
            // One of the caller's entries, but on another set: changed only from that set's log.
            throw new NotFoundException("ReflectiveLogEntry", entryId);
        }
        entry.write(meeting, writtenOn, body, clock.instant());
        entry.share(shared, clock.instant());
        if (entryId == null) {
            em.persist(entry);
            em.flush();
        }
        audit.record(entryId == null ? AuditAction.CREATED : AuditAction.CHANGED, "ReflectiveLogEntry", entry.getId(),
                shared ? "shared with the facilitators" : "private");
        return entry;
    }

    /** Deletes one of the caller's entries. */
    public void delete(long entryId) throws NotFoundException {
        ReflectiveLogEntry entry = own(entryId);
        em.remove(entry);
        audit.record(AuditAction.DELETED, "ReflectiveLogEntry", entryId, null);
    }

    private ReflectiveLogEntry own(long entryId) throws NotFoundException {
        ReflectiveLogEntry entry = em.find(ReflectiveLogEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || !entry.getAuthor().getId().equals(me().getId())) {
            throw new NotFoundException("ReflectiveLogEntry", entryId);
        }
        return entry;
    }

    private Person me() {
        return Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new jakarta.ejb.EJBAccessException("No person"));
    }
}
