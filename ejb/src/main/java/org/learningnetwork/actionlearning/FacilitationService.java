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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A facilitator's sets: their members and meetings, each meeting's attendance and the themes raised (from the
 * taxonomy, with how many problems fell under each; never case details), and the reflective log entries members
 * shared with them (each reading audited). Only the set's own facilitators reach any of it: another set is not found.
 */
@Stateless
@RolesAllowed(Roles.FACILITATOR)
public class FacilitationService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A set as its facilitator sees it. */
    public record FacilitatedSet(LearningSet set, List<Person> members, List<SetMeeting> meetings) {
    }

    /** A meeting's sheet: who was a member on its day (to mark), the themes to choose from (in use, and any recorded). */
    public record Sheet(SetMeeting meeting, List<Person> members, List<SetTheme> themes, boolean open) {
    }

    /** The sets the caller facilitates, running ones first, by name. */
    public List<LearningSet> mine() {
        return em.createQuery("select s from LearningSet s join s.facilitators f where f.id = :me order by s.closedOn desc, s.nameKey",
                LearningSet.class).setParameter("me", me().getId()).getResultList();
    }

    public FacilitatedSet set(long setId) throws NotFoundException {
        LearningSet set = facilitated(setId);
        return new FacilitatedSet(set, SetMemberships.members(em, set), em.createQuery("select m from SetMeeting m where m.set = :set"
                + " order by m.startsAt", SetMeeting.class).setParameter("set", set).getResultList());
    }

    public Sheet sheet(long meetingId) throws NotFoundException {
        SetMeeting meeting = meeting(meetingId, false);
        LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), Installation.zone());
        List<Person> members = new ArrayList<>(em.createQuery("select m.person from SetMember m where m.set = :set and m.joinedOn <= :day"
                        + " and (m.leftOn is null or m.leftOn >= :day) and m.status in :statuses order by m.person.familyName, m.person.givenName",
                        Person.class).setParameter("set", meeting.getSet()).setParameter("day", day)
                .setParameter("statuses", List.of(MemberStatus.MEMBER, MemberStatus.LEFT)).getResultList());
        // Anyone already marked stays on the sheet (a member taken off since).
        Set<Long> listed = new HashSet<>(members.stream().map(Person::getId).toList());
        meeting.getAttendance().keySet().stream().filter(id -> !listed.contains(id)).map(id -> em.find(Person.class, id)).forEach(members::add);
        List<SetTheme> themes = new ArrayList<>(em.createQuery("select t from SetTheme t where t.active = true or t.id in :recorded"
                        + " order by t.nameKey", SetTheme.class)
                .setParameter("recorded", meeting.getThemes().isEmpty() ? Set.of(-1L) : meeting.getThemes().keySet()).getResultList());
        return new Sheet(meeting, members, themes, !meeting.isCancelled() && !meeting.getStartsAt().isAfter(clock.instant()));
    }

    /**
     * Records a meeting held: each member's mark (every member on the sheet marked) and the themes raised with how
     * many problems fell under each (1 to 50). Replaces what was recorded before.
     */
    public SetMeeting record(long meetingId, Map<Long, MeetingMark> marks, Map<Long, Integer> themes) throws RejectedException, NotFoundException {
        Sheet sheet = sheet(meetingId);
        SetMeeting meeting = meeting(meetingId, true);
        if (!sheet.open()) {
            throw new RejectedException(null, meeting.isCancelled() ? "set.meeting.cancelled" : "set.meeting.notYet");
        }
        List<Problem> problems = new ArrayList<>();
        Map<Long, MeetingMark> kept = new HashMap<>();
        for (Person person : sheet.members()) {
            MeetingMark mark = marks.get(person.getId());
            if (mark == null) {
                problems.add(new Problem("mark-" + person.getId(), "set.meeting.markRequired", List.of(person.getFullName())));
            } else {
                kept.put(person.getId(), mark);
            }
        }
        Set<Long> offered = new HashSet<>(sheet.themes().stream().map(SetTheme::getId).toList());
        Map<Long, Integer> raised = new HashMap<>();
        for (Map.Entry<Long, Integer> theme : themes.entrySet()) {
            if (!offered.contains(theme.getKey())) {
                problems.add(new Problem("themes", "set.meeting.themeUnknown"));
            } else if (theme.getValue() != null && (theme.getValue() < 1 || theme.getValue() > 50)) {
                problems.add(new Problem("theme-" + theme.getKey(), "set.meeting.problemsRange"));
            } else if (theme.getValue() != null) {
                raised.put(theme.getKey(), theme.getValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        meeting.record(kept, raised, clock.instant());
        audit.record(AuditAction.CHANGED, "SetMeeting", meetingId, "attendance and themes recorded");
        return meeting;
    }

    /** The entries the set's members shared with its facilitators, newest first; each reading is audited. */
    public List<ReflectiveLogEntry> shared(long setId) throws NotFoundException {
        LearningSet set = facilitated(setId);
        List<ReflectiveLogEntry> entries = em.createQuery("select e from ReflectiveLogEntry e join fetch e.author where e.set = :set"
                        + " and e.sharedAt is not null and e.author.id <> :me order by e.writtenOn desc, e.id desc", ReflectiveLogEntry.class)
                .setParameter("set", set).setParameter("me", me().getId()).getResultList().stream()
                .filter(e -> !set.isFacilitatedBy(e.getAuthor().getId())).toList();
        for (ReflectiveLogEntry entry : entries) {
            audit.record(AuditAction.VIEWED, "ReflectiveLogEntry", entry.getId(), "shared with the facilitators");
        }
        return entries;
    }

    private LearningSet facilitated(long setId) throws NotFoundException {
        LearningSet set = em.find(LearningSet.class, setId);
        if (set == null || !set.isFacilitatedBy(me().getId())) {
            throw new NotFoundException("LearningSet", setId);
        }
        return set;
    }

    private SetMeeting meeting(long meetingId, boolean lock) throws NotFoundException {
        SetMeeting meeting = lock ? em.find(SetMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE) : em.find(SetMeeting.class, meetingId);
        if (meeting == null || !meeting.getSet().isFacilitatedBy(me().getId())) {
            throw new NotFoundException("SetMeeting", meetingId);
        }
        return meeting;
    }

    private Person me() {
        return Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new jakarta.ejb.EJBAccessException("No person"));
    }
}
