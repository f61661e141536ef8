package org.learningnetwork.publication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.FinancialYear;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.figures.CommitteeKind;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.Text;

/**
 * The training calendar's updates (seed 002): at the start of each month (the annual calendar at the start of the
 * financial year, in April) the sessions of the next three months with the calendar's links go to the service managers
 * the learning team keeps and to the distribution lists of the sub-groups (the Learning and Practice Development
 * Sub-group), who circulate them; the learning team can send one at any time too. Each update is recorded; the
 * monthly one once, whichever instance's timer fires.
 */
@Stateless
public class CalendarUpdateService {

    /** The work name of the monthly update's lease. */
    public static final String WORK = "calendar-update";
    /** How far ahead an update lists sessions. */
    public static final int MONTHS_AHEAD = 3;

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

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
    private Leases leases;

    /** The service managers, by name. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ServiceManager> serviceManagers() {
        return em.createQuery("select m from ServiceManager m join fetch m.person p order by p.familyName, p.givenName, p.id",
                ServiceManager.class).getResultList();
    }

    /** Adds the person of the workforce with this work address as a service manager. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ServiceManager addServiceManager(String email) throws RejectedException {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Person person = address.isEmpty() ? null : em.createQuery("select p from Person p where lower(p.workEmail) = :email"
                + " and p.active = true", Person.class).setParameter("email", address).getResultStream().findFirst().orElse(null);
        if (person == null) {
            throw new RejectedException("email", "calendarUpdates.person.unknown");
        }
        if (em.find(ServiceManager.class, person.getId()) != null) {
            throw new RejectedException("email", "calendarUpdates.person.already");
        }
        ServiceManager manager = new ServiceManager(person, clock.instant());
        em.persist(manager);
        audit.record(AuditAction.CREATED, "Person", person.getId(), "calendarUpdates.added");
        return manager;
    }

    /** Takes a person off the service managers. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void removeServiceManager(long personId) {
        ServiceManager manager = em.find(ServiceManager.class, personId);
        if (manager != null) {
            em.remove(manager);
            audit.record(AuditAction.DELETED, "Person", personId, "calendarUpdates.removed");
        }
    }

    /** The addresses an update goes to: the service managers still in the workforce, then the sub-groups' lists. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<String> recipients() {
        Set<String> addresses = new LinkedHashSet<>(em.createQuery("select p.workEmail from ServiceManager m join m.person p"
                + " where p.active = true and p.workEmail is not null order by p.familyName, p.givenName", String.class).getResultList());
        addresses.addAll(em.createQuery("select r.email from CommitteeRecipient r where r.committee in"
                + " (select c.code from Committee c where c.kind = :subGroup and c.active = true) order by r.email", String.class)
                .setParameter("subGroup", CommitteeKind.SUB_GROUP).getResultList());
        return List.copyOf(addresses);
    }

    /** The updates sent, newest first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<CalendarUpdate> sent(int max) {
        return em.createQuery("select u from CalendarUpdate u order by u.sentAt desc, u.id desc", CalendarUpdate.class)
                .setMaxResults(max).getResultList();
    }

    /** The learning team sends an update now, besides the monthly one. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CalendarUpdate sendNow() throws RejectedException {
        List<String> to = recipients();
        if (to.isEmpty()) {
            throw new RejectedException(null, "calendarUpdates.noRecipients");
        }
        return send(null, to);
    }

    /** This month's update, unless it went already or there is nobody to send it to; whether it went. */
    @PermitAll
    public boolean sendMonthly() {
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(ZONE)));
        long already = em.createQuery("select count(u) from CalendarUpdate u where u.scheduledMonth = :month", Long.class)
                .setParameter("month", month.toString()).getSingleResult();
        if (already > 0) {
            return false;
        }
        List<String> to = recipients();
        if (to.isEmpty()) {
            return false;
        }
        send(month, to);
        return true;
    }

    /** What the timer does: this month's update, unless another instance is sending it at this moment. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Boolean> sendMonthlyAlone() {
        return leases.alone(WORK, context.getBusinessObject(CalendarUpdateService.class)::sendMonthly);
    }

    private CalendarUpdate send(YearMonth scheduled, List<String> to) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<CourseSession> sessions = em.createQuery("select s from CourseSession s join fetch s.course c left join fetch s.venue"
                        + " where s.startsAt >= :now and s.startsAt < :until and s.status in :listed and c.retired = false"
                        + " order by s.startsAt, c.title, s.id", CourseSession.class)
                .setParameter("now", now).setParameter("until", today.plusMonths(MONTHS_AHEAD).atStartOfDay(ZONE).toInstant())
                .setParameter("listed", List.of(SessionStatus.PLANNED, SessionStatus.OPEN)).getResultList();
        ResourceBundle texts = MailText.texts();
        boolean annual = scheduled != null && scheduled.getMonth() == Month.APRIL;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("month", YearMonth.from(today).format(MONTH));
        values.put("year", FinancialYear.of(today).label());
        values.put("sessions", lines(sessions, texts));
        values.put("catalogue", Installation.baseUrl() + "/catalogue.xhtml");
        values.put("pdf", Installation.baseUrl() + "/publications/calendar.pdf");
        values.put("xlsx", Installation.baseUrl() + "/publications/calendar.xlsx");
        String prefix = annual ? "mail.CALENDAR_UPDATE.annual" : "mail.CALENDAR_UPDATE";
        // To lists and people alike, so no greeting; it invites people to learning, so the trauma-aware statement.
        MailText text = MailText.of(texts, prefix, values, MailText.Part.TRAUMA_STATEMENT);
        for (String address : to) {
            outbox.queue(MailKind.CALENDAR_UPDATE, null, address, text);
        }
        CalendarUpdate update = new CalendarUpdate(scheduled == null ? null : scheduled.toString(), now, to.size(), sessions.size());
        em.persist(update);
        em.flush();
        return update;
    }

    /** One line per session: when, the course, where, and by when to book. */
    private static String lines(List<CourseSession> sessions, ResourceBundle texts) {
        if (sessions.isEmpty()) {
            return texts.getString("mail.calendarUpdate.none");
        }
        StringBuilder text = new StringBuilder();
        for (CourseSession s : sessions) {
            text.append("- ").append(DAY.format(s.getStartsAt().atZone(ZONE))).append(": ").append(s.getCourse().getTitle())
                    .append(" (").append(s.whereBriefly(texts.getString("mail.online"), texts.getString("mail.toBeConfirmed"))).append("), ")
                    .append(Text.fill(texts.getString("mail.calendarUpdate.bookBy"),
                            Map.of("day", SHORT_DAY.format(s.getBookingClosesAt().atZone(ZONE))))).append('\n');
        }
        return text.toString().strip();
    }
}
