package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.audit.ChainReport;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.retention.LegalHold;
import org.learningnetwork.retention.LegalHoldService;
import org.learningnetwork.retention.RecordType;
import org.learningnetwork.retention.RetentionSettings;
import org.learningnetwork.retention.RetentionSweep;
import org.learningnetwork.retention.RetentionSweepRun;
import org.learningnetwork.retention.RetentionSweepSteps;
import org.learningnetwork.retention.SubjectAccessService;
import org.learningnetwork.retention.SweepCount;

/**
 * The retention sweep on real records: a dry run changes nothing and says what a sweep would do; a sweep
 * anonymises people whose last activity is past the period and removes the typed text of old bookings, leaving
 * people still active and whatever a legal hold covers (and counting it); the committees' figures are the same
 * before and after; a batch that fails loses only itself and the next sweep carries on; a night's sweep runs once;
 * old audit entries go from the oldest without breaking the chain.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionSweepIT {

    /** Old enough for every rule (the longest period, six years for the audit log, aside). */
    private static final Duration LONG_AGO = Duration.ofDays(4 * 365);

    /**
     * The figures the committees' reports are made from, per quarter, agency, workforce group and council area:
     * bookings, confirmed places, distinct learners, late cancellations and CPD hours.
     */
    private static final String FIGURES = "select extract(year from s.starts_at), extract(quarter from s.starts_at),"
            + " p.organisation_id, g.workforce_group_id, a.council_area_code, count(*),"
            + " sum(case when b.status = 'CONFIRMED' then 1 else 0 end), count(distinct b.person_id),"
            + " sum(case when b.late_cancellation then 1 else 0 end),"
            + " (select coalesce(sum(r.cpd_hours), 0) from learning_record r join person rp on rp.id = r.person_id"
            + "   where rp.organisation_id = p.organisation_id)"
            + " from booking b join course_session s on s.id = b.session_id join person p on p.id = b.person_id"
            + " left join person_workforce_group g on g.person_id = p.id"
            + " left join organisation_council_area a on a.organisation_id = p.organisation_id"
            + " where p.organisation_id = ?"
            + " group by extract(year from s.starts_at), extract(quarter from s.starts_at), p.organisation_id,"
            + " g.workforce_group_id, a.council_area_code order by 1, 2, 3, 4, 5";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private RetentionSweep sweep;

    @Inject
    private RetentionSweepSteps steps;

    @Inject
    private LegalHoldService holds;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private AuditLog audit;

    @Inject
    private CourseService courses;

    @Inject
    private BookingService bookings;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Admin admin;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    private WorkforceGroup group;
    private Organisation agency;

    @BeforeEach
    void setUp() {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        agency = data.organisation("Fife", "Perth and Kinross");
        data.partnershipAreas();
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        data.signIn(Role.DPO, data.person(agency, null, null));
    }

    /** Sweeps away what other tests left due (sessions set years back), so that the counts here are this test's own. */
    @BeforeEach
    void sweepWhatOthersLeftDue() throws Exception {
        data.signIn(Role.DPO, data.person(data.organisation("Fife"), null, null));
        dpo.call(() -> sweep.runNow(false));
    }

    @AfterEach
    void defaultBatchSize() {
        System.clearProperty(RetentionSettings.BATCH_SIZE.name());
    }

    @Test
    void aDryRunChangesNothingAndASweepDoesWhatItSaidKeepingTheActiveTheHeldAndTheFigures() throws Exception {
        Person due = data.person(agency, group, null);
        Person alsoDue = data.person(agency, group, null);
        Person active = data.person(agency, group, null);
        Person held = data.person(agency, group, null);
        Course course = course();
        CourseSession old = session(course);
        for (Person person : List.of(due, alsoDue, active, held)) {
            coordinator.call(() -> bookings.bookOnBehalf(old.getId(), person.getId(), "Needs it for the new duty role"));
            data.learningRecord(person, course, LearningRecordKind.COMPLETED);
        }
        makeOld(old.getId(), List.of(due, alsoDue, held));
        LegalHold hold = dpo.call(() -> holds.place(held.getWorkEmail(), "Tribunal claim ref. RS-1", LocalDate.now().plusMonths(1)));
        // A hold released long ago on someone else: a closed case past its six years.
        Person formerlyHeld = data.person(agency, null, null);
        LegalHold released = dpo.call(() -> holds.place(formerlyHeld.getWorkEmail(), "Settled claim", LocalDate.now().plusDays(1)));
        dpo.call(() -> holds.release(released.getId()));
        data.execute("update legal_hold set released_at = ? where id = ?", ago(Duration.ofDays(7 * 366)), released.getId());
        List<Object[]> figures = data.query(FIGURES.replace("?", agency.getId().toString()));
        assertFalse(figures.isEmpty());

        RetentionSweepRun dryRun = dpo.call(() -> sweep.runNow(true));
        assertTrue(dryRun.isDryRun());
        assertEquals(RetentionSweepRun.Status.FINISHED, dryRun.getStatus());
        assertEquals(2, dryRun.count(RecordType.PERSON).getDone(), "the two people inactive for four years");
        assertEquals(1, dryRun.count(RecordType.PERSON).getHeld());
        assertEquals(3, dryRun.count(RecordType.BOOKING_TEXT).getDone(),
                "the needs typed on the old session's bookings, the held person's aside (\"booked on behalf\" is a code: it stays)");
        assertEquals(1, dryRun.count(RecordType.BOOKING_TEXT).getHeld());
        assertEquals(1, dryRun.count(RecordType.DATA_PROTECTION_CASE).getDone());
        assertEquals("Test", name(due), "a dry run changes nothing");
        assertEquals(4, data.count("select count(*) from booking where need is not null and session_id = " + old.getId()));
        assertEquals(1, data.count("select count(*) from legal_hold where id = " + released.getId()));

        RetentionSweepRun swept = dpo.call(() -> sweep.runNow(false));
        assertEquals(RetentionSweepRun.Status.FINISHED, swept.getStatus());
        for (RecordType type : RecordType.values()) {
            if (type != RecordType.AUDIT_ENTRY) {
                assertEquals(dryRun.count(type).getDone(), swept.count(type).getDone(), "the dry run said what the sweep did: " + type);
            }
        }
        for (Person person : List.of(due, alsoDue)) {
            assertEquals("Anonymised", name(person));
            assertEquals(1, data.count("select count(*) from person where anonymised_at is not null and work_email = 'anonymised-"
                    + person.getId() + "@invalid' and id = " + person.getId()));
        }
        assertEquals("Test", name(active), "active this month: kept");
        assertEquals("Test", name(held), "held: kept");
        assertEquals(1, data.count("select count(*) from booking where need is not null and session_id = " + old.getId()),
                "the held person's need stays; the others' went with the session two years gone");
        assertEquals(0, data.count("select count(*) from booking_event e join booking b on b.id = e.booking_id"
                + " where b.person_id = " + due.getId() + " and e.reason is not null and e.reason not like '%.%'"));
        assertEquals(0, data.count("select count(*) from legal_hold where id = " + released.getId()), "the closed case is gone");
        assertEquals(1, data.count("select count(*) from legal_hold where id = " + hold.getId()), "the hold in place stays");
        assertEquals(rows(figures), rows(data.query(FIGURES.replace("?", agency.getId().toString()))),
                "the committees' figures are the same");

        RetentionSweepRun again = dpo.call(() -> sweep.runNow(false));
        assertEquals(0, again.count(RecordType.PERSON).getDone(), "nobody is anonymised twice");
        assertEquals(0, again.count(RecordType.BOOKING_TEXT).getDone());
        assertEquals(again.getId(), dpo.call(() -> sweep.recent(1)).get(0).getId());

        // Released, the formerly held person is due like the others were.
        dpo.call(() -> holds.release(hold.getId()));
        assertEquals(1, dpo.call(() -> sweep.runNow(false)).count(RecordType.PERSON).getDone());
        assertEquals("Anonymised", name(held));
    }

    /**
     * What people said they need to take part (access, diet, adjustments) may be about their health: it goes a month after
     * the session, long before the rest of the booking.
     */
    @Test
    void whatPeopleNeedToTakePartIsClearedAMonthAfterTheSession() throws Exception {
        Course course = course();
        CourseSession ended = session(course);
        CourseSession lately = session(course);
        Person person = data.person(agency, group, null);
        data.signIn(Role.LEARNER, person);
        for (CourseSession session : List.of(ended, lately)) {
            learner.call(() -> bookings.apply(session.getId(), null, "Step-free access and a hearing loop", false));
        }
        data.startedAgo(ended.getId(), Duration.ofDays(45));
        data.startedAgo(lately.getId(), Duration.ofDays(10));

        RetentionSweepRun dryRun = dpo.call(() -> sweep.runNow(true));
        assertEquals(1, dryRun.count(RecordType.BOOKING_ADJUSTMENTS).getDone());
        RetentionSweepRun swept = dpo.call(() -> sweep.runNow(false));
        assertEquals(1, swept.count(RecordType.BOOKING_ADJUSTMENTS).getDone());
        assertEquals(0, data.count("select count(*) from booking where adjustments is not null and session_id = " + ended.getId()));
        assertEquals(1, data.count("select count(*) from booking where adjustments is not null and session_id = " + lately.getId()),
                "ten days after the session: kept");
        assertEquals(2, data.count("select count(*) from booking where person_id = " + person.getId()), "the bookings themselves stay");
    }

    @Test
    void aFailingBatchLosesOnlyItselfAndTheNextSweepCarriesOn() throws Exception {
        List<Person> people = List.of(data.person(agency, group, null), data.person(agency, group, null),
                data.person(agency, group, null), data.person(agency, group, null), data.person(agency, group, null));
        String ids = people.stream().map(p -> p.getId().toString()).collect(Collectors.joining(", "));
        data.execute("update person set changed_at = ? where id in (" + ids + ")", ago(LONG_AGO));
        // The third person's account cannot be removed while this table points at it: their batch fails.
        long account = data.count("select coalesce(max(id), 0) + 1000 from user_account");
        data.execute("insert into user_account (id, version, username, password_hash, person_id, active, failed_sign_ins)"
                + " values (?, 0, ?, 'x', ?, true, 0)", account, "sweep-block-" + account, people.get(2).getId());
        data.execute("create table sweep_crash_block (account_id bigint references user_account (id))");
        long doneFirst;
        try {
            data.execute("insert into sweep_crash_block (account_id) values (?)", account);
            System.setProperty(RetentionSettings.BATCH_SIZE.name(), "2");

            RetentionSweepRun failed = dpo.call(() -> sweep.runNow(false));
            assertEquals(RetentionSweepRun.Status.FAILED, failed.getStatus());
            SweepCount person = failed.count(RecordType.PERSON);
            assertEquals(SweepCount.BATCH_FAILED, person.getFailure());
            List<String> names = people.stream().map(this::name).toList();
            assertEquals(List.of("Anonymised", "Anonymised", "Test", "Test"), names.subList(0, 4),
                    "the batch before the failure stands; the failing batch, tried twice, changed nothing");
            // Two batches run at once: the one after the failing batch may have started before the failure was known.
            long anonymised = names.stream().filter("Anonymised"::equals).count();
            assertEquals(anonymised, person.getDone(), "the count is what was done");
            assertEquals(1, data.count("select count(*) from user_account where id = " + account));
            assertNull(failed.count(RecordType.MAIL_OUTBOX).getFailure(), "the other rules still ran");
            doneFirst = anonymised;
        } finally {
            data.execute("drop table sweep_crash_block");
        }
        RetentionSweepRun next = dpo.call(() -> sweep.runNow(false));
        assertEquals(RetentionSweepRun.Status.FINISHED, next.getStatus());
        assertEquals(5 - doneFirst, next.count(RecordType.PERSON).getDone());
        assertTrue(people.stream().map(this::name).allMatch("Anonymised"::equals));
    }

    @Test
    void aSweepTheServerStoppedDuringShowsAsInterruptedOnceSilentForTenMinutes() throws Exception {
        RetentionSweepRun run = dpo.call(() -> sweep.runNow(true));
        assertNotNull(run.getAliveAt());
        // As if the server had stopped during it: still recorded as running, last at work eleven minutes ago.
        data.execute("update retention_sweep set status = 'RUNNING', finished_at = null, alive_at = ? where id = ?",
                ago(Duration.ofMinutes(11)), run.getId());
        assertEquals(RetentionSweepRun.Status.INTERRUPTED, dpo.call(() -> sweep.recent(1)).get(0).getStatus());

        // A sweep at work says so, and is running again.
        steps.alive(run.getId());
        RetentionSweepRun alive = dpo.call(() -> sweep.recent(1)).get(0);
        assertEquals(run.getId(), alive.getId());
        assertEquals(RetentionSweepRun.Status.RUNNING, alive.getStatus());
        data.execute("update retention_sweep set alive_at = ? where id = ?", ago(Duration.ofMinutes(9)), run.getId());
        assertEquals(RetentionSweepRun.Status.RUNNING, dpo.call(() -> sweep.recent(1)).get(0).getStatus(), "nine minutes: still running");
        data.execute("update retention_sweep set status = 'FINISHED', finished_at = alive_at where id = ?", run.getId());
    }

    @Test
    void aNightsSweepRunsOnceAndOnlyTheOfficerSweepsByHand() throws Exception {
        LocalDate night = LocalDate.of(2000, 1, 1).plusDays(System.nanoTime() % 100_000);
        assertTrue(sweep.runScheduled(night).isPresent());
        assertTrue(sweep.runScheduled(night).isEmpty(), "the night is claimed");
        RetentionSweepRun nightly = dpo.call(() -> sweep.recent(1)).get(0);
        assertEquals("daily:" + night, nightly.getRunKey());
        assertTrue(nightly.isScheduled());
        assertThrows(EJBAccessException.class, () -> admin.call(() -> sweep.runNow(true)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> sweep.recent(1)));
        assertNotNull(admin.call(() -> sweep.recent(1)));
    }

    @Test
    void oldAuditEntriesGoFromTheOldestKeepingTheChainCheckableAndThoseAboutHeldPeople() throws Exception {
        Person held = data.person(agency, null, null);
        dpo.call(() -> subjectAccess.of(held.getId()));
        long heldEntry = data.count("select max(id) from audit_entry where target_type = 'Person' and target_id = " + held.getId());
        dpo.call(() -> subjectAccess.of(data.person(agency, null, null).getId()));
        long newest = data.count("select max(id) from audit_entry");
        Instant after = Instant.now().plusSeconds(1);

        AuditLog.Trimmed counted = audit.removeOldest(after, 100_000, 0, true, Set.of(held.getId()));
        long first = data.count("select min(id) from audit_entry");
        assertEquals(heldEntry - first, counted.removed(), "a dry run counts up to the held person's entry");
        assertEquals(first, data.count("select min(id) from audit_entry"), "and removes nothing");

        AuditLog.Trimmed trimmed = audit.removeOldest(after, 100_000, 0, false, Set.of(held.getId()));
        assertEquals(counted.removed(), trimmed.removed());
        assertEquals(heldEntry, data.count("select min(id) from audit_entry"), "the held person's entry and all after it stay");
        ChainReport report = dpo.call(() -> audit.verify());
        assertTrue(report.intact(), "the chain starts at the first entry kept");
        assertEquals(newest - heldEntry + 1, report.checked());
    }

    private Course course() throws Exception {
        return coordinator.call(() -> courses.save(new Course("Sweep test " + System.nanoTime(), "About", DeliveryMode.ONLINE_LIVE, 60,
                "Fife"), Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
    }

    private CourseSession session(Course course) throws Exception {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return coordinator.call(() -> courses.saveSession(new CourseSession(course, start, start.plus(Duration.ofHours(3)), 10,
                Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1))), Set.of()));
    }

    /** Moves the session and everything about its bookings four years back, and the people's last change too. */
    private void makeOld(long sessionId, List<Person> inactive) {
        data.startedAgo(sessionId, LONG_AGO);
        String bookingIds = "select id from booking where session_id = " + sessionId;
        data.execute("update booking set applied_at = ? where session_id = ?", ago(LONG_AGO), sessionId);
        data.execute("update booking_event set occurred_at = ? where booking_id in (" + bookingIds + ")", ago(LONG_AGO));
        data.execute("update mail_outbox set created_at = ? where booking_id in (" + bookingIds + ")", ago(LONG_AGO));
        data.execute("update learning_record set completed_on = ? where person_id in (select person_id from booking where session_id = ?)",
                LocalDate.now().minusYears(4), sessionId);
        for (Person person : inactive) {
            data.execute("update person set changed_at = ? where id = ?", ago(LONG_AGO), person.getId());
        }
    }

    private static OffsetDateTime ago(Duration duration) {
        return Instant.now().minus(duration).atOffset(ZoneOffset.UTC);
    }

    private String name(Person person) {
        return (String) data.query("select given_name, family_name from person where id = " + person.getId()).get(0)[0];
    }

    private static List<String> rows(List<Object[]> rows) {
        return rows.stream().map(row -> java.util.Arrays.stream(row).map(v -> v instanceof Number n ? String.valueOf(n.doubleValue())
                : String.valueOf(v)).collect(Collectors.joining("|"))).toList();
    }
}
