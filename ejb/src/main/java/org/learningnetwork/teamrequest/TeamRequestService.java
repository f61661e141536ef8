package org.learningnetwork.teamrequest;

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
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.security.Callers;
import org.learningnetwork.security.LearningTeam;

/**
 * Bespoke learning for a team: a line manager asks for it ({@link #request}), sees their requests and withdraws one
 * still open; the learning team sees the open ones, accepts, declines with a reason, or schedules a session and books
 * the team's members onto it, each as a booking made on their behalf (places first come, then the waiting list). The
 * manager is told each answer by e-mail. Every change is in the audit log.
 */
@Stateless
public class TeamRequestService {

    /** A member and what booking them found: their booking's status, or why they could not be booked. */
    public record Outcome(Person member, BookingStatus status, String refusal) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @EJB
    private TeamBookings teamBookings;

    /** The signed-in manager's staff, to name on a request: active people who report to them, by name. */
    @RolesAllowed(Roles.MANAGER)
    public List<Person> myStaff() {
        return Callers.personId(em, context.getCallerPrincipal())
                .map(me -> em.createQuery("select p from Person p where p.lineManager.id = :me and p.active = true"
                        + " order by p.familyName, p.givenName, p.id", Person.class).setParameter("me", me).getResultList())
                .orElse(List.of());
    }

    /** The signed-in manager asks for learning for their team; refused whole, field by field ({@link TeamRequestRules}). */
    @RolesAllowed(Roles.MANAGER)
    public TeamRequest request(Long courseId, String topic, Integer teamSize, String datesThatSuit, String notes,
                               @NotNull Set<Long> memberIds) throws RejectedException {
        Person manager = me();
        Course course = courseId == null ? null : em.find(Course.class, courseId);
        List<Person> members = new ArrayList<>();
        boolean own = true;
        for (Long id : new LinkedHashSet<>(memberIds)) {
            Person member = id == null ? null : em.find(Person.class, id);
            if (member == null || member.getLineManager() == null || !member.getLineManager().getId().equals(manager.getId())) {
                own = false;
            } else {
                members.add(member);
            }
        }
        List<Problem> problems = new ArrayList<>(TeamRequestRules.check(new TeamRequestRules.Draft(courseId, topic, teamSize,
                datesThatSuit, notes, members.size(), own)));
        if (courseId != null && (course == null || course.isRetired())) {
            problems.add(new Problem("course", "teamRequest.course.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        TeamRequest request = new TeamRequest(manager, course, topic, teamSize, datesThatSuit, notes, members, clock.instant());
        em.persist(request);
        em.flush();
        audit.record(AuditAction.CREATED, "TeamRequest", request.getId(), "teamRequest.requested");
        tellLearningTeam(request);
        return request;
    }

    /** The signed-in manager's requests, newest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<TeamRequest> mine() {
        Person manager = me();
        return em.createQuery("select r from TeamRequest r left join fetch r.course left join fetch r.session"
                + " where r.manager = :me order by r.requestedAt desc, r.id desc", TeamRequest.class).setParameter("me", manager)
                .getResultList();
    }

    /** The signed-in manager withdraws a request of theirs that is still open. */
    @RolesAllowed(Roles.MANAGER)
    public void withdraw(long id) throws NotFoundException, RejectedException {
        TeamRequest request = locked(id);
        if (!request.getManager().getId().equals(me().getId())) {
            throw new NotFoundException("TeamRequest", id);
        }
        if (!request.getStatus().canMoveTo(TeamRequestStatus.WITHDRAWN)) {
            throw new RejectedException(null, "teamRequest.status." + request.getStatus());
        }
        request.withdraw(clock.instant());
        audit.record(AuditAction.CHANGED, "TeamRequest", id, "teamRequest.withdrawn");
    }

    /** The requests the learning team has to answer or schedule, oldest first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<TeamRequest> open() {
        return em.createQuery("select r from TeamRequest r join fetch r.manager left join fetch r.course"
                        + " where r.status in :open order by r.requestedAt, r.id", TeamRequest.class)
                .setParameter("open", List.of(TeamRequestStatus.REQUESTED, TeamRequestStatus.ACCEPTED)).getResultList();
    }

    /** The requests answered in the last {@code days} days, newest first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<TeamRequest> answered(int days) {
        return em.createQuery("select r from TeamRequest r join fetch r.manager left join fetch r.course left join fetch r.session"
                        + " where r.status not in :open and r.decidedAt >= :since order by r.decidedAt desc, r.id desc", TeamRequest.class)
                .setParameter("open", List.of(TeamRequestStatus.REQUESTED, TeamRequestStatus.ACCEPTED))
                .setParameter("since", clock.instant().minus(java.time.Duration.ofDays(days))).getResultList();
    }

    /** One request with its members, for the learning team or the manager who made it. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public TeamRequest find(long id) throws NotFoundException {
        TeamRequest request = em.find(TeamRequest.class, id);
        boolean team = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        if (request == null || !team && !request.getManager().getId().equals(Callers.personId(em, context.getCallerPrincipal())
                .orElse(-1L))) {
            throw new NotFoundException("TeamRequest", id);
        }
        request.getMembers();
        return request;
    }

    /** The learning team will arrange it: the manager is told, with the team's words if any. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public TeamRequest accept(long id, long version, String message) throws NotFoundException, RejectedException {
        return answer(id, version, TeamRequestStatus.ACCEPTED, message, null).request();
    }

    /** The learning team cannot arrange it, and says why: the manager is told. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public TeamRequest decline(long id, long version, String reason) throws NotFoundException, RejectedException {
        return answer(id, version, TeamRequestStatus.DECLINED, reason, null).request();
    }

    /**
     * The learning team sets a session for the team (one of the course asked for, if a course was) and books each member
     * named onto it on their behalf; the manager is told the session and how each booking went. A member the booking
     * rules refuse (already booked, prerequisites, no longer in the workforce) is reported, not booked.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Scheduled schedule(long id, long version, Long sessionId, String message) throws NotFoundException, RejectedException {
        return answer(id, version, TeamRequestStatus.SCHEDULED, message, sessionId);
    }

    /** A request scheduled, with how booking each member went. */
    public record Scheduled(TeamRequest request, List<Outcome> outcomes) {
    }

    private Scheduled answer(long id, long version, TeamRequestStatus next, String message, Long sessionId)
            throws NotFoundException, RejectedException {
        TeamRequest request = locked(id);
        if (request.getVersion() != version) {
            throw new OptimisticLockException("The request has changed since it was read");
        }
        CourseSession session = sessionId == null ? null : em.find(CourseSession.class, sessionId);
        if (sessionId != null && session == null) {
            throw new RejectedException("session", "teamRequest.session.unknown");
        }
        List<Problem> problems = TeamRequestRules.answer(request.getStatus(), next, message,
                session == null ? null : session.getCourse().getId(), request.getCourse() == null ? null : request.getCourse().getId(),
                session != null);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        Instant now = clock.instant();
        request.answer(next, message, session, now);
        List<Outcome> outcomes = new ArrayList<>();
        if (next == TeamRequestStatus.SCHEDULED) {
            for (Person member : request.getMembers()) {
                outcomes.add(teamBookings.book(session.getId(), member.getId()));
            }
        }
        tell(request, outcomes);
        audit.record(AuditAction.CHANGED, "TeamRequest", id, "teamRequest." + next.name().toLowerCase(Locale.ROOT));
        return new Scheduled(request, outcomes);
    }

    /** The manager's e-mail about the answer. */
    private void tell(TeamRequest request, List<Outcome> outcomes) {
        Person manager = request.getManager();
        if (manager.getWorkEmail() == null || !manager.isActive()) {
            return;
        }
        ResourceBundle texts = MailText.texts();
        MailKind kind = switch (request.getStatus()) {
            case ACCEPTED -> MailKind.TEAM_REQUEST_ACCEPTED;
            case DECLINED -> MailKind.TEAM_REQUEST_DECLINED;
            default -> MailKind.TEAM_REQUEST_SCHEDULED;
        };
        Map<String, String> values = new HashMap<>();
        values.put("name", manager.getGivenName());
        values.put("topic", request.getTopic());
        values.put("response", request.getResponse() == null ? "" : request.getResponse());
        values.put("requests", Installation.baseUrl() + "/my/team-requests.xhtml");
        if (request.getSession() != null) {
            values.put("course", request.getSession().getCourse().getTitle());
            values.put("session", Installation.baseUrl() + "/course.xhtml?id=" + request.getSession().getCourse().getId());
        }
        StringBuilder booked = new StringBuilder();
        for (Outcome outcome : outcomes) {
            booked.append("- ").append(outcome.member().getFullName()).append(": ")
                    .append(outcome.status() != null ? texts.getString("mail.teamRequest.booking." + outcome.status())
                            : texts.getString("mail.teamRequest.notBooked")).append('\n');
        }
        values.put("members", booked.toString().strip());
        // A session the team is booked onto is about attending learning: it carries the trauma-aware statement.
        MailText text = kind == MailKind.TEAM_REQUEST_SCHEDULED
                ? MailText.of(texts, kind, values, MailText.Part.GREETING, MailText.Part.TRAUMA_STATEMENT)
                : MailText.of(texts, kind, values, MailText.Part.GREETING);
        outbox.queue(kind, null, manager.getWorkEmail(), text);
    }

    /** Every active member of the learning team with an address is told of a new request, with its link. */
    private void tellLearningTeam(TeamRequest request) {
        ResourceBundle texts = MailText.texts();
        for (Person member : LearningTeam.members(em)) {
            Map<String, String> values = Map.of("name", member.getGivenName() == null ? "" : member.getGivenName(),
                    "manager", request.getManager().getFullName(), "topic", request.getTopic(),
                    "size", Integer.toString(request.getTeamSize()),
                    "request", Installation.baseUrl() + "/coordinator/team-requests.xhtml?id=" + request.getId());
            outbox.queue(MailKind.TEAM_REQUEST_RECEIVED, null, member.getWorkEmail(),
                    MailText.of(texts, MailKind.TEAM_REQUEST_RECEIVED, values, MailText.Part.GREETING));
        }
    }

    private TeamRequest locked(long id) throws NotFoundException {
        TeamRequest request = em.find(TeamRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("TeamRequest", id);
        }
        return request;
    }

    private Person me() throws IllegalStateException {
        return Callers.personId(em, context.getCallerPrincipal()).map(id -> em.find(Person.class, id))
                .orElseThrow(() -> new IllegalStateException("A manager's account without a person"));
    }
}
