package org.learningnetwork.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.learningnetwork.access.Role;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionCalendar;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailSettings;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.security.LearningTeam;

/**
 * The e-mails about bookings, written to the outbox in the transaction of the change they tell of. Texts
 * come from the mail bundle ({@code org/learningnetwork/notification/mail.properties}); every one ends with
 * the trauma-aware statement, and a confirmation carries the session as a calendar invitation.
 */
@ApplicationScoped
public class BookingMails {

    /** Invitations kept: those of the sessions most recently booked (a few kilobytes each). */
    private static final int INVITATIONS_KEPT = 2000;

    private final Map<String, String> invitations = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > INVITATIONS_KEPT;
                }
            });

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private java.time.Clock clock;

    /**
     * A learner has asked for a place: they are told it was received, and their line manager that it needs
     * their approval — with a sign-in link if they have a manager's account, else with a link of its own
     * that works once, without signing in, until it expires (earlier links for the booking stop working).
     */
    void requested(Booking booking, Instant now) {
        ResourceBundle texts = texts();
        Approver approver = Approver.of(booking.getSession().getCourse(), booking.getPerson());
        queue(MailKind.REQUEST_RECEIVED, booking, booking.getPerson(),
                Map.of("asked", texts.getString("mail.REQUEST_RECEIVED." + approver.name())));
        em.createQuery("update ApprovalLink l set l.usedAt = :now where l.booking = :booking and l.usedAt is null")
                .setParameter("now", now).setParameter("booking", booking).executeUpdate();
        Map<String, String> values = new HashMap<>();
        values.put("learner", booking.getPerson().getGivenName() + " " + booking.getPerson().getFamilyName());
        values.put("need", booking.getNeed() == null ? texts.getString("mail.noNeed") : booking.getNeed());
        if (approver == Approver.LEARNING_TEAM) {
            values.put("requests", Installation.baseUrl() + "/coordinator/approvals.xhtml");
            for (Person member : LearningTeam.members(em)) {
                // A member of the learning team asking for a place is not asked to decide it.
                if (!member.getId().equals(booking.getPerson().getId())) {
                    queue(MailKind.APPROVAL_NEEDED_LEARNING_TEAM, booking, member, values);
                }
            }
            return;
        }
        Person manager = booking.getPerson().getLineManager();
        values.put("approvals", Installation.baseUrl() + "/my/approvals.xhtml");
        if (hasManagerAccount(manager)) {
            values.put("action", fill(texts.getString("mail.APPROVAL_NEEDED.signIn"), values));
        } else {
            String token = ApprovalLink.newToken();
            ApprovalLink link = new ApprovalLink(booking, manager, token, now, now.plus(BookingSettings.approvalLinkLasts()));
            em.persist(link);
            values.put("link", Installation.baseUrl() + "/approval.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            values.put("expires", DAY_AND_TIME.format(link.getExpiresAt().atZone(ZONE)));
            values.put("action", fill(texts.getString("mail.APPROVAL_NEEDED.link"), values));
        }
        queue(MailKind.APPROVAL_NEEDED, booking, manager, values);
    }

    /**
     * The booking has moved to a new status: the learner is told, unless it is a step on the way (a request,
     * which {@link #requested} tells of).
     */
    void changed(Booking booking, String reason) {
        MailKind kind = switch (booking.getStatus()) {
            case REQUESTED -> null;
            case APPROVED -> MailKind.APPROVED;
            case DECLINED -> MailKind.DECLINED;
            case CONFIRMED -> MailKind.CONFIRMED;
            case WAITLISTED -> MailKind.WAITLISTED;
            case OFFERED -> MailKind.OFFER;
            case CANCELLED -> switch (reason == null ? "" : reason) {
                case BookingEvent.REASON_SESSION_CANCELLED -> MailKind.SESSION_CANCELLED;
                case BookingEvent.REASON_OFFER_EXPIRED -> MailKind.OFFER_EXPIRED;
                default -> MailKind.CANCELLED;
            };
        };
        if (kind == null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        String why = kind == MailKind.SESSION_CANCELLED ? booking.getSession().getCancellationReason() : reason;
        values.put("reason", reasonText(why));
        if (booking.getOfferExpiresAt() != null) {
            values.put("expires", DAY_AND_TIME.format(booking.getOfferExpiresAt().atZone(ZONE)));
        }
        if (kind == MailKind.APPROVED) {
            values.put("approvedBy", texts().getString("mail.APPROVED." + (BookingEvent.REASON_NO_APPROVAL.equals(reason) ? Approver.NOBODY
                    : Approver.of(booking.getSession().getCourse(), booking.getPerson())).name()));
        }
        if (kind == MailKind.WAITLISTED) {
            values.put("full", texts().getString(AllocationService.REASON_WAITLISTED.equals(reason)
                    ? "mail.WAITLISTED.notAllocated" : "mail.WAITLISTED.full"));
        }
        queue(kind, booking, booking.getPerson(), values);
    }

    /** Reminds a learner of their place on a session a week or a day ahead. */
    void remind(Booking booking, MailKind kind) {
        queue(kind, booking, booking.getPerson(), Map.of());
    }

    /**
     * The places of a note-of-interest session were allocated automatically at its close: every active member of
     * the learning team with an e-mail address is asked to check the draft, adjust it if need be, and confirm it.
     */
    void allocationReady(Allocation allocation) {
        List<Person> team = em.createQuery("select distinct p from UserAccount a join a.roles r join a.person p"
                        + " where r = :coordinator and a.active = :active and p.active = :active and p.workEmail is not null"
                        + " order by p.id", Person.class)
                .setParameter("coordinator", Role.COORDINATOR).setParameter("active", true).getResultList();
        Map<String, String> values = new HashMap<>();
        values.put("placed", Long.toString(allocation.getPlacedCount()));
        values.put("applicants", Integer.toString(allocation.getLines().size()));
        values.put("allocation", Installation.baseUrl() + "/coordinator/allocation.xhtml?session=" + allocation.getSession().getId());
        for (Person member : team) {
            queue(MailKind.ALLOCATION_READY, allocation.getSession(), null, member, values);
        }
    }

    /**
     * An e-mail about a booking's session to {@code reader} (the learner, or their line manager) written by another
     * part of the application, such as evaluation: its own {@code values} fill the kind's text beside the session's.
     */
    public void aboutBooking(MailKind kind, Booking booking, Person reader, Map<String, String> values) {
        queue(kind, booking.getSession(), booking.getId(), reader, values);
    }

    private void queue(MailKind kind, Booking booking, Person reader, Map<String, String> given) {
        // A place confirmed is an invitation to the session in the learner's calendar; a place lost (their cancellation,
        // the learning team's, the session's) takes it out again. Nothing is sent to remove what was never sent.
        SessionCalendar.Method method = kind == MailKind.CONFIRMED ? SessionCalendar.Method.REQUEST
                : (kind == MailKind.CANCELLED || kind == MailKind.SESSION_CANCELLED) && hadPlace(booking) ? SessionCalendar.Method.CANCEL
                : null;
        queue(kind, booking.getSession(), booking.getId(), reader, given, method);
    }

    private static boolean hadPlace(Booking booking) {
        return booking.getEvents().stream().anyMatch(e -> e.getStatus() == BookingStatus.CONFIRMED);
    }

    /** What someone with a place needs to reach the venue: its access information and its map link, where there are. */
    private static String access(CourseSession session, ResourceBundle texts) {
        Venue venue = session.getVenue();
        if (venue == null) {
            return "";
        }
        return (venue.getAccessNotes() == null ? "" : fill(texts.getString("mail.access"), Map.of("notes", venue.getAccessNotes())))
                + (venue.getMapUrl() == null ? "" : fill(texts.getString("mail.map"), Map.of("map", venue.getMapUrl())));
    }

    private void queue(MailKind kind, CourseSession session, Long bookingId, Person reader, Map<String, String> given) {
        queue(kind, session, bookingId, reader, given, null);
    }

    private void queue(MailKind kind, CourseSession session, Long bookingId, Person reader, Map<String, String> given,
            SessionCalendar.Method method) {
        ResourceBundle texts = texts();
        SessionCalendar.Texts calendarTexts = new SessionCalendar.Texts(texts.getString("mail.traumaStatement"),
                texts.getString("mail.online"), texts.getString("mail.toBeConfirmed"));
        boolean placed = kind == MailKind.CONFIRMED || kind == MailKind.REMINDER_WEEK || kind == MailKind.REMINDER_DAY;
        Map<String, String> values = new HashMap<>(given);
        values.put("name", reader.getGivenName());
        values.put("course", session.getCourse().getTitle());
        values.put("when", when(session));
        values.put("where", SessionCalendar.where(session, calendarTexts));
        values.put("closes", session.getBookingClosesAt() == null ? "" : DAY_AND_TIME.format(session.getBookingClosesAt().atZone(ZONE)));
        values.put("myLearning", Installation.baseUrl() + "/my/index.xhtml");
        values.put("session", fill(texts.getString("mail.session"), values));
        values.put("joining", placed && session.getJoiningDetails() != null
                ? fill(texts.getString("mail.joining"), Map.of("joining", session.getJoiningDetails())) : "");
        values.put("access", placed ? access(session, texts) : "");
        values.put("preparation", placed ? preparation(session.getCourse(), texts) : "");
        values.put("guidance", placed && session.isOnline() ? texts.getString("mail.onlineGuidance") : "");
        values.put("wellbeing", session.getCourse().isWellbeingSupport() ? texts.getString("mail.wellbeing") : "");
        MailText text = MailText.of(texts, kind, values, cancelParagraph(kind, bookingId, reader, texts), MailText.Part.GREETING,
                MailText.Part.TRAUMA_STATEMENT);
        String calendar = method == null ? null : SessionCalendar.scheduling(invitation(session, calendarTexts), method,
                MailSettings.organiser(), reader.getWorkEmail(), reader.getFullName(), clock.instant());
        outbox.queue(kind, bookingId, reader.getWorkEmail(), text.subject(), text.body(), calendar);
    }

    /** The mails that tell a learner about a booking they can still cancel. */
    private static final java.util.Set<MailKind> CANCELLABLE = java.util.EnumSet.of(MailKind.REQUEST_RECEIVED, MailKind.APPROVED,
            MailKind.CONFIRMED, MailKind.WAITLISTED, MailKind.OFFER, MailKind.REMINDER_WEEK, MailKind.REMINDER_DAY);

    /**
     * For a learner who cannot sign in (no account, or one switched off), a link of their own to cancel the booking
     * without signing in, working once until the session starts; for everyone else nothing (they cancel in My learning).
     */
    private String cancelParagraph(MailKind kind, Long bookingId, Person reader, ResourceBundle texts) {
        if (bookingId == null || !CANCELLABLE.contains(kind)) {
            return null;
        }
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null || !booking.getPerson().getId().equals(reader.getId()) || canSignIn(reader)) {
            return null;
        }
        String token = org.learningnetwork.platform.Tokens.newToken();
        em.persist(new CancelLink(booking, token, clock.instant()));
        return fill(texts.getString("mail.cancelLink"), Map.of("link",
                Installation.baseUrl() + "/cancel-booking.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    /**
     * Whether the person has an active account. Accounts are never changed with a booking, so the booking's changes
     * need not be written before this query (two passes over the transaction's objects, here and at the commit).
     */
    private boolean canSignIn(Person person) {
        return em.createQuery("select count(a) from UserAccount a where a.person = :person and a.active = true", Long.class)
                .setParameter("person", person).setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0;
    }

    /** What to do before the course, and how long it takes, as the mails say it; nothing when the course asks none. */
    private static String preparation(Course course, ResourceBundle texts) {
        if (course.getPreparation() == null) {
            return "";
        }
        String time = course.getPreparationMinutes() == null ? ""
                : fill(texts.getString("mail.preparationTime"), Map.of("minutes", course.getPreparationMinutes().toString()));
        return fill(texts.getString("mail.preparation"), Map.of("preparation", course.getPreparation(), "time", time));
    }

    /**
     * The session as a calendar invitation, the same for everyone on it: written once and kept while the session's
     * times, status, course, place and joining details stay as they are (writing it took a seventh of the server's
     * time per booking in bench/booking's profile).
     */
    private String invitation(CourseSession session, SessionCalendar.Texts calendarTexts) {
        // Not the session's version: taking a place moves it on, and the invitation does not show places.
        String key = session.getId() + ":" + session.getStartsAt() + ":" + session.getEndsAt() + ":" + session.getStatus()
                + ":" + session.getCourse().getVersion() + ":" + SessionCalendar.where(session, calendarTexts) + ":"
                + session.getJoiningDetails();
        String invitation = invitations.get(key);
        if (invitation == null) {
            invitation = SessionCalendar.write(List.of(session), calendarTexts,
                    s -> URI.create(Installation.baseUrl() + "/course.xhtml?id=" + s.getCourse().getId()), Installation.host(), true);
            invitations.put(key, invitation);
        }
        return invitation;
    }

    private boolean hasManagerAccount(Person manager) {
        return em.createQuery("select count(a) from UserAccount a join a.roles r where a.person = :manager and r = :role", Long.class)
                .setParameter("manager", manager).setParameter("role", Role.MANAGER).setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0;
    }

    /** A recorded reason in words: the application's own reasons from the bundle, people's as they wrote them. */
    private static String reasonText(String reason) {
        ResourceBundle texts = texts();
        if (reason == null) {
            return texts.getString("mail.noReason");
        }
        try {
            return texts.getString("mail.reason." + reason);
        } catch (MissingResourceException e) {
            return reason;
        }
    }

    private static String when(CourseSession session) {
        ZonedDateTime start = session.getStartsAt().atZone(ZONE);
        ZonedDateTime end = session.getEndsAt().atZone(ZONE);
        return DAY_AND_TIME.format(start) + " to " + (start.toLocalDate().equals(end.toLocalDate())
                ? TIME.format(end) : DAY_AND_TIME.format(end));
    }

    /** Fills the {placeholders} of a template; unknown ones stay as they are. */
    static String fill(String template, Map<String, String> values) {
        return org.learningnetwork.platform.Text.fill(template, values);
    }

    private static ResourceBundle texts() {
        return MailText.texts();
    }
}
