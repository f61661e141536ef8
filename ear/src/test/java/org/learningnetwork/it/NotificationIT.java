package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.ActorRole;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingEvent;
import org.learningnetwork.booking.BookingQueries;
import org.learningnetwork.booking.BookingReminders;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.booking.NeedLevel;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.catalogue.VenueRoom;
import org.learningnetwork.catalogue.VenueService;
import org.learningnetwork.demo.DeliveredMail;
import org.learningnetwork.demo.DemoMailbox;
import org.learningnetwork.notification.MailDispatcher;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.notification.OutboxStatus;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * E-mails about bookings, read back from a real SMTP server (the demo mailbox's GreenMail, which the test
 * server's mail session delivers to): what each change sends and to whom, the approval link for managers
 * without an account, reminders, and a mail server that is down.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final String TRAUMA = "you will never be required to disclose";
    private static final Pattern LINK = Pattern.compile("/approval\\.xhtml\\?token=([A-Za-z0-9_%-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @Inject
    private BookingReminders reminders;

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    private MailDispatcher dispatcher;

    @Inject
    private DemoMailbox mailbox;

    @Inject
    private CourseService courses;

    @Inject
    private VenueService venues;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Admin admin;

    private WorkforceGroup group;
    private Organisation agency;
    private Person boss;

    @BeforeEach
    void setUp() throws Exception {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        data.partnershipAreas();
        agency = data.organisation("Dundee City");
        boss = data.person(agency, group, null);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        admin.call(() -> {
            mailbox.open();
            return null;
        });
    }

    @AfterEach
    void mailboxOpen() throws Exception {
        admin.call(() -> {
            mailbox.open();
            return null;
        });
    }

    @Test
    void aRequestTellsTheLearnerAndTheirManagerAndAConfirmationCarriesTheSessionAsAnInvitation() throws Exception {
        Person staff = data.person(agency, group, boss);
        CourseSession session = session(BookingMode.FIRST_COME, 5, 10);
        Booking booking = applyAs(staff, session);

        DeliveredMail received = mailTo(staff, m -> m.subject().startsWith("Request received"));
        assertTrue(received.text().contains(session.getCourse().getTitle()), received.text());
        assertTrue(received.text().contains(TRAUMA), "every mail about a course carries the trauma-aware statement");
        DeliveredMail approval = mailTo(boss, m -> m.subject().startsWith("Approval needed"));
        assertTrue(approval.text().contains("/my/approvals.xhtml"), "a manager with an account signs in: " + approval.text());
        assertTrue(approval.text().contains("Supervision agreed this"), "the learning need is shown");
        assertTrue(!LINK.matcher(approval.text()).find(), "no sign-in-free link for a manager who can sign in");

        manager.call(() -> bookings.approve(booking.getId()));
        DeliveredMail confirmed = mailTo(staff, m -> m.subject().startsWith("Place confirmed"));
        assertNotNull(confirmed.calendar(), "the confirmation carries an .ics invitation");
        assertTrue(confirmed.calendar().contains("BEGIN:VEVENT"), confirmed.calendar());
        assertTrue(confirmed.calendar().contains("UID:session-" + session.getId() + "@"), confirmed.calendar());
        assertTrue(confirmed.calendar().contains("TZID=Europe/London"), confirmed.calendar());
        // An invitation calendar programs add as such: a request from the learning team to the learner, with a sequence.
        assertTrue(confirmed.calendar().contains("METHOD:REQUEST"), confirmed.calendar());
        assertTrue(confirmed.calendar().replace("\r\n ", "").contains("ATTENDEE;CN=\"" + staff.getFullName() + "\""), confirmed.calendar());
        assertTrue(confirmed.calendar().replace("\r\n ", "").contains(":mailto:" + staff.getWorkEmail()), confirmed.calendar());
        assertTrue(confirmed.calendar().contains("ORGANIZER;CN=\"Learning Network\":mailto:"), confirmed.calendar());
        assertTrue(confirmed.calendar().contains("SEQUENCE:"), confirmed.calendar());
        assertTrue(confirmed.html() != null && confirmed.html().contains("<html lang=\"en-GB\">")
                && confirmed.html().contains(session.getCourse().getTitle()), "an accessible HTML part beside the text");
        assertTrue(confirmed.text().contains("Join from the meeting link"), "joining details for people with a place");
        assertTrue(confirmed.text().contains(TRAUMA));
        assertEquals(List.of(MailKind.REQUEST_RECEIVED, MailKind.APPROVAL_NEEDED, MailKind.CONFIRMED),
                data.outbox(booking.getId()).stream().map(OutboxMail::getKind).toList());
    }

    @Test
    void aConfirmationSaysHowToPrepareAndHowToJoinOnline() throws Exception {
        CourseSession prepared = session(BookingMode.FIRST_COME, 5, 10, course -> {
            course.setPreparation("Read part 2 of the national guidance on chronologies.");
            course.setPreparationMinutes(30);
        });
        Person staff = data.person(agency, group, boss);
        bookOnBehalf(staff, prepared);
        DeliveredMail confirmed = mailTo(staff, m -> m.subject().startsWith("Place confirmed"));
        assertTrue(confirmed.text().contains("Before the course: Read part 2 of the national guidance on chronologies. (about 30 minutes)"),
                confirmed.text());
        assertTrue(confirmed.text().contains("Joining online: please join a few minutes early, keep your camera on and stay for the whole"
                + " session"), confirmed.text());

        CourseSession plain = session(BookingMode.FIRST_COME, 5, 10);
        Person other = data.person(agency, group, boss);
        bookOnBehalf(other, plain);
        DeliveredMail unprepared = mailTo(other, m -> m.subject().startsWith("Place confirmed"));
        assertTrue(!unprepared.text().contains("Before the course:"), "no preparation asked, none said: " + unprepared.text());
    }

    @Test
    void aConfirmationSaysWhichRoomOfWhichVenueAndHowToGetIn() throws Exception {
        String tag = Long.toString(System.nanoTime());
        Venue venue = new Venue("Mail venue " + tag, "3 Harbour Road", "Montrose", "DD10 8AA");
        venue.setAccessNotes("Ramp at the side door; induction loop.");
        venue.setMapUrl("https://maps.example.org/montrose");
        Venue savedVenue = coordinator.call(() -> venues.save(venue));
        VenueRoom room = coordinator.call(() -> venues.addRoom(savedVenue.getId(), "Basin Room", 12));
        CourseSession online = session(BookingMode.FIRST_COME, 5, 10);
        CourseSession atVenue = coordinator.call(() -> {
            CourseSession edited = courses.findSession(online.getId());
            edited.setVenue(savedVenue, room);
            return courses.saveSession(edited, Set.of());
        });
        Person staff = data.person(agency, group, boss);
        bookOnBehalf(staff, atVenue);
        DeliveredMail confirmed = mailTo(staff, m -> m.subject().startsWith("Place confirmed"));
        assertTrue(confirmed.text().contains("Where: Basin Room, Mail venue " + tag + ", 3 Harbour Road, Montrose DD10 8AA"), confirmed.text());
        assertTrue(confirmed.text().contains("Access: Ramp at the side door; induction loop."), confirmed.text());
        assertTrue(confirmed.text().contains("Map: https://maps.example.org/montrose"), confirmed.text());
        assertFalse(confirmed.text().contains("Joining online"), "no online guidance for a room: " + confirmed.text());
        assertTrue(confirmed.calendar().replace("\r\n ", "").contains("LOCATION:Basin Room\\, Mail venue " + tag), confirmed.calendar());
    }

    @Test
    void aManagerWithoutAnAccountDecidesByALinkThatWorksOnce() throws Exception {
        Person partnerManager = data.person(agency, group, null);
        Person staff = data.person(agency, group, partnerManager);
        CourseSession session = session(BookingMode.FIRST_COME, 5, 10);
        Booking booking = applyAs(staff, session);
        String token = token(mailTo(partnerManager, m -> m.subject().startsWith("Approval needed")));
        // Once sent, the outbox keeps the mail without its working link.
        OutboxMail kept = waitFor(() -> data.outbox(booking.getId()).stream().filter(m -> m.getKind() == MailKind.APPROVAL_NEEDED)
                .findFirst().orElseThrow(), m -> m.getStatus() == OutboxStatus.SENT);
        assertFalse(kept.getBody().contains(token), kept.getBody());
        assertTrue(kept.getBody().contains("/approval.xhtml?token=removed-once-sent"), kept.getBody());

        Booking shown = bookings.requestByLink(token);
        assertEquals(booking.getId(), shown.getId());
        assertEquals(List.of("link.invalid"), keys(assertThrows(RejectedException.class, () -> bookings.approveByLink(token + "x", null))));
        assertEquals(List.of("link.invalid"), keys(assertThrows(RejectedException.class, () -> bookings.requestByLink(null))));
        assertEquals(List.of("booking.reason.required"),
                keys(assertThrows(RejectedException.class, () -> bookings.declineByLink(token, "  "))));
        assertEquals(BookingStatus.REQUESTED, history(booking).getStatus(), "nothing changed by refused attempts");

        assertEquals(BookingStatus.CONFIRMED, bookings.approveByLink(token, NeedLevel.ESSENTIAL).getStatus());
        BookingEvent approved = last(history(booking));
        assertEquals(ActorRole.MANAGER_LINK, approved.getActorRole());
        assertEquals(partnerManager.getId(), approved.getActor().getId());
        assertEquals(NeedLevel.ESSENTIAL, history(booking).getNeedLevel(), "the need the manager stated is kept");
        assertEquals(List.of("link.used"), keys(assertThrows(RejectedException.class, () -> bookings.approveByLink(token, null))));
        assertEquals(List.of("link.used"), keys(assertThrows(RejectedException.class, () -> bookings.declineByLink(token, "No"))));
        mailTo(staff, m -> m.subject().startsWith("Place confirmed"));

        // A second request: its link expires unused, and a third request's link declines it with a reason.
        CourseSession other = session(BookingMode.FIRST_COME, 5, 12);
        Booking second = applyAs(staff, other);
        String expiring = token(mailTo(partnerManager, m -> m.subject().startsWith("Approval needed") && m.text().contains(expiringMarker(second))));
        data.expireApprovalLinks(second.getId());
        assertEquals(List.of("link.expired"), keys(assertThrows(RejectedException.class, () -> bookings.approveByLink(expiring, null))));
        assertEquals(BookingStatus.REQUESTED, history(second).getStatus());
    }

    @Test
    void aDeclineByLinkTellsTheLearnerWhyAndANewRequestEndsEarlierLinks() throws Exception {
        Person partnerManager = data.person(agency, group, null);
        Person staff = data.person(agency, group, partnerManager);
        CourseSession session = session(BookingMode.FIRST_COME, 5, 10);
        Booking booking = applyAs(staff, session);
        String token = token(mailTo(partnerManager, m -> m.subject().startsWith("Approval needed")));

        assertEquals(BookingStatus.DECLINED, bookings.declineByLink(token, "Not until your induction is complete").getStatus());
        DeliveredMail declined = mailTo(staff, m -> m.subject().startsWith("Request declined"));
        assertTrue(declined.text().contains("Not until your induction is complete"), declined.text());

        applyAs(staff, session);
        assertEquals(2, data.outbox(booking.getId()).stream().filter(m -> m.getKind() == MailKind.APPROVAL_NEEDED).count());
        assertEquals(List.of("link.used"), keys(assertThrows(RejectedException.class, () -> bookings.requestByLink(token))));
    }

    @Test
    void aFreedPlaceIsOfferedByMailAndACancelledSessionTellsEveryoneOnItAndWaiting() throws Exception {
        CourseSession session = session(BookingMode.FIRST_COME, 1, 10);
        Person first = data.person(agency, group, boss);
        Person second = data.person(agency, group, boss);
        Person third = data.person(agency, group, boss);
        Booking placed = bookOnBehalf(first, session);
        bookOnBehalf(second, session);
        bookOnBehalf(third, session);
        mailTo(second, m -> m.subject().startsWith("On the waiting list"));

        String invited = mailTo(first, m -> m.subject().startsWith("Place confirmed")).calendar();
        data.signIn(Role.LEARNER, first);
        learner.call(() -> bookings.cancel(placed.getId(), null));
        // The session leaves the learner's calendar: the same event, cancelled, with a later sequence.
        String removed = mailTo(first, m -> m.subject().startsWith("Booking cancelled")).calendar();
        assertNotNull(removed, "a cancellation carries the calendar's cancellation");
        assertTrue(removed.contains("METHOD:CANCEL") && removed.contains("STATUS:CANCELLED"), removed);
        assertEquals(uid(invited), uid(removed));
        assertTrue(sequence(removed) >= sequence(invited), removed);
        DeliveredMail offer = mailTo(second, m -> m.subject().startsWith("A place is free for you"));
        assertTrue(offer.text().contains("held for you until"), offer.text());

        coordinator.call(() -> {
            courses.cancelSession(session.getId(), "The trainer is unwell");
            return null;
        });
        for (Person person : List.of(second, third)) {
            DeliveredMail cancelled = mailTo(person, m -> m.subject().startsWith("Session cancelled"));
            assertTrue(cancelled.text().contains("The trainer is unwell"), cancelled.text());
            assertTrue(cancelled.text().contains(TRAUMA));
        }
        // The second was only offered the place and the third only waiting: neither was invited, so neither is sent a
        // calendar cancellation.
        assertEquals(null, mailTo(third, m -> m.subject().startsWith("Session cancelled")).calendar());
    }

    /**
     * Someone without a sign-in, booked by their manager, can still cancel: their mails carry a link of their own that
     * works once, until the session starts; someone who can sign in gets none (they cancel in My learning).
     */
    @Test
    void someoneWhoCannotSignInCancelsByTheLinkInTheirMail() throws Exception {
        Person withoutSignIn = data.person(agency, group, boss);
        CourseSession session = session(BookingMode.FIRST_COME, 5, 10);
        Booking booking = bookOnBehalf(withoutSignIn, session);
        DeliveredMail confirmed = mailTo(withoutSignIn, m -> m.subject().startsWith("Place confirmed"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/cancel-booking\\.xhtml\\?token=([A-Za-z0-9_%.~-]+)")
                .matcher(confirmed.text());
        assertTrue(link.find(), "a link to cancel without signing in: " + confirmed.text());
        String token = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        // Once sent (the mail server can have it a moment before the outbox records it), the outbox keeps no working link.
        var kept = waitFor(() -> data.outbox(booking.getId()), mails -> mails.stream().allMatch(m -> m.getStatus() == OutboxStatus.SENT));
        assertFalse(kept.stream().anyMatch(m -> m.getBody().contains(token)), "the outbox keeps no working link");

        assertEquals(booking.getId(), bookings.bookingByCancelLink(token).getId());
        assertEquals(BookingStatus.CANCELLED, bookings.cancelByLink(token, "Off sick that week").getStatus());
        assertEquals("Off sick that week", last(history(booking)).getReason());
        assertEquals(ActorRole.LEARNER, last(history(booking)).getActorRole(), "their own cancellation");
        assertEquals("link.used", assertThrows(RejectedException.class, () -> bookings.cancelByLink(token, null))
                .getProblems().get(0).messageKey());
        assertEquals("link.invalid", assertThrows(RejectedException.class, () -> bookings.bookingByCancelLink("not-a-token"))
                .getProblems().get(0).messageKey());

        // Someone who signs in cancels in My learning: no link in their mails.
        Person signsIn = data.person(agency, group, boss);
        Booking theirs = applyAs(signsIn, session);
        manager.call(() -> bookings.approve(theirs.getId()));
        assertFalse(mailTo(signsIn, m -> m.subject().startsWith("Place confirmed")).text().contains("/cancel-booking.xhtml"));
    }

    @Test
    void remindersGoAWeekAndADayBeforeOnceEach() throws Exception {
        Person staff = data.person(agency, group, boss);
        CourseSession session = session(BookingMode.FIRST_COME, 5, 5);
        Booking booking = bookOnBehalf(staff, session);

        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, count(booking, MailKind.REMINDER_WEEK), "the week's reminder once");
        assertEquals(0, count(booking, MailKind.REMINDER_DAY));
        mailTo(staff, m -> m.subject().startsWith("Reminder, one week to go"));

        data.startedAgo(session.getId(), Duration.ofHours(-20));
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, count(booking, MailKind.REMINDER_WEEK));
        assertEquals(1, count(booking, MailKind.REMINDER_DAY), "the day's reminder once");
        DeliveredMail tomorrow = mailTo(staff, m -> m.subject().startsWith("Reminder, tomorrow"));
        assertTrue(tomorrow.text().contains("Join from the meeting link"), tomorrow.text());
    }

    /**
     * Two server instances' hourly timers firing at the same moment (here two threads, each as one instance's timer
     * does): the reminders due are written once. Without the lease each would find the other's not yet written.
     */
    @Test
    void remindersDueWhenTwoTimersFireAtOnceAreWrittenOnce() throws Exception {
        CourseSession session = session(BookingMode.FIRST_COME, 20, 5);
        List<Booking> due = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            due.add(bookOnBehalf(data.person(agency, group, boss), session));
        }
        for (int round = 0; round < 3; round++) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<java.util.Optional<Integer>>> timers = new java.util.ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                timers.add(executor.submit(() -> {
                    go.await();
                    return reminders.sendDueAlone();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<java.util.Optional<Integer>> timer : timers) {
                timer.get();
            }
        }
        for (Booking booking : due) {
            assertEquals(1, count(booking, MailKind.REMINDER_WEEK), "the week's reminder once for booking " + booking.getId());
        }
    }

    @Test
    void aMailServerThatIsDownLosesNothingAndTheMailGoesLater() throws Exception {
        admin.call(() -> {
            mailbox.close();
            return null;
        });
        Person staff = data.person(agency, group, boss);
        CourseSession session = session(BookingMode.FIRST_COME, 5, 10);
        Booking booking = applyAs(staff, session);
        dispatcher.sendDue();
        OutboxMail waiting = waitFor(() -> data.outbox(booking.getId()).get(0), m -> m.getAttempts() >= 1);
        assertEquals(OutboxStatus.PENDING, waiting.getStatus());
        assertNotNull(waiting.getLastError());
        assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "tried again after a pause");
        assertNull(waiting.getSentAt());

        admin.call(() -> {
            mailbox.open();
            return null;
        });
        data.mailDueNow();
        dispatcher.sendDue();
        mailTo(staff, m -> m.subject().startsWith("Request received"));
        mailTo(boss, m -> m.subject().startsWith("Approval needed"));
        OutboxMail sent = waitFor(() -> data.outbox(booking.getId()).get(0), m -> m.getStatus() == OutboxStatus.SENT);
        assertTrue(sent.getAttempts() >= 2, "sent on a later attempt");
        assertNull(sent.getLastError());
    }

    private CourseSession session(BookingMode mode, int capacity, int days) throws Exception {
        return session(mode, capacity, days, course -> { });
    }

    private CourseSession session(BookingMode mode, int capacity, int days, java.util.function.Consumer<Course> details) throws Exception {
        Course course = new Course("Mail test " + System.nanoTime(), "About", DeliveryMode.ONLINE_LIVE, 120, "Tayside");
        course.setBookingMode(mode);
        details.accept(course);
        Course saved = coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
        Instant start = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        CourseSession session = new CourseSession(saved, start, start.plus(Duration.ofHours(3)), capacity,
                Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1)));
        session.setOnline();
        session.setJoiningDetails("Join from the meeting link in your calendar");
        return coordinator.call(() -> courses.saveSession(session, Set.of()));
    }

    private Booking applyAs(Person person, CourseSession session) throws Exception {
        data.signIn(Role.LEARNER, person);
        return learner.call(() -> bookings.apply(session.getId(), "Supervision agreed this", true));
    }

    private Booking bookOnBehalf(Person person, CourseSession session) throws Exception {
        return manager.call(() -> bookings.bookOnBehalf(session.getId(), person.getId(), null));
    }

    private Booking history(Booking booking) throws Exception {
        return coordinator.call(() -> queries.history(booking.getId()));
    }

    private static BookingEvent last(Booking booking) {
        return booking.getEvents().get(booking.getEvents().size() - 1);
    }

    private long count(Booking booking, MailKind kind) {
        return data.outbox(booking.getId()).stream().filter(m -> m.getKind() == kind).count();
    }

    /** The course title is in the mail: it tells one request's mail from another's. */
    private static String expiringMarker(Booking booking) {
        return booking.getSession().getCourse().getTitle();
    }

    private static String token(DeliveredMail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertTrue(matcher.find(), "a link without sign-in for a manager without an account: " + mail.text());
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The mail to the person that matches, waiting for it to arrive (it is sent after the transaction). */
    private DeliveredMail mailTo(Person person, Predicate<DeliveredMail> wanted) throws Exception {
        return waitFor(() -> admin.call(() -> mailbox.to(person.getWorkEmail())).stream().filter(wanted).findFirst().orElse(null),
                mail -> mail != null);
    }

    private interface Read<T> {
        T read() throws Exception;
    }

    /**
     * Waits for what the outbox sends after the transaction. Up to a minute: tests run before this one (many
     * bookings at once) may have left a queue of mail for the dispatcher to send first.
     */
    private static <T> T waitFor(Read<T> read, Predicate<T> done) throws Exception {
        Instant until = Instant.now().plusSeconds(60);
        T value = read.read();
        while (!done.test(value)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not within 60 seconds; last seen: " + value);
            }
            Thread.sleep(100);
            value = read.read();
        }
        return value;
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(RejectedException.Problem::messageKey).toList();
    }

    private static String uid(String calendar) {
        return calendar.replaceAll("(?s).*\r\nUID:([^\r]+)\r\n.*", "$1");
    }

    private static long sequence(String calendar) {
        return Long.parseLong(calendar.replaceAll("(?s).*\r\nSEQUENCE:(\\d+)\r\n.*", "$1"));
    }
}
