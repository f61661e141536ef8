package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.it.Deliveries.attended;
import static org.learningnetwork.it.Deliveries.didNotAttend;
import static org.learningnetwork.it.Deliveries.partial;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.CostBasis;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.demo.DeliveredMail;
import org.learningnetwork.demo.DemoMailbox;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.FormItem;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.jobs.JobExecutions;
import org.learningnetwork.jobs.JobRun;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.LearningRequirement;
import org.learningnetwork.pathway.RoleProfile;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.reporting.CommitteeListService;
import org.learningnetwork.reporting.CommitteeRecipient;
import org.learningnetwork.reporting.KpiDimension;
import org.learningnetwork.reporting.KpiFigure;
import org.learningnetwork.reporting.KpiJob;
import org.learningnetwork.reporting.KpiPart;
import org.learningnetwork.reporting.KpiReport;
import org.learningnetwork.reporting.KpiService;
import org.learningnetwork.reporting.ReportPack;

/**
 * The quarterly KPI job on the deployed server, on hand-made data in a quarter of its own (2010-Q1, April to June
 * 2010): the stored figures per committee and breakdown, the same figures from a second run, and the refusals of a
 * malformed, future or running quarter; runs stopped half-way, and one whose server is killed under it (the first
 * three tests, in order), go on to the same figures.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpiJobIT {

    private static final Quarter QUARTER = new Quarter(2010, 1);
    /** The quarter of the run the server is killed under (October to December 2011). */
    private static final Quarter KILLED = new Quarter(2011, 3);
    private static final String VAWP = "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private KpiJob job;

    @Inject
    private Leases leases;

    @Inject
    private KpiService kpis;


    @Inject
    private BookingService bookings;


    @Inject
    private EvaluationService evaluations;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private CommitteeListService lists;

    @Inject
    private JobExecutions executions;

    @Inject
    private ReportPack packs;

    @Inject
    private DemoMailbox mailbox;

    @Inject
    private TestData data;

    @Inject
    private org.learningnetwork.pathway.RoleProfileService profiles;

    @Inject
    private org.learningnetwork.pathway.PathwayService pathways;

    @Inject
    private Deliveries deliveries;

    @Inject
    private org.learningnetwork.strategy.PriorityService priorities;

    @Inject
    private org.learningnetwork.catalogue.LearningResourceService resources;

    @Inject
    private org.learningnetwork.booking.SelfGuidedService selfGuided;

    @Inject
    private Delivered delivered;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Admin admin;

    /**
     * One violence against women course (£25 a place, 3 CPD hours, one learning outcome), one session of three places
     * on 10 May 2010: A attended, B attended half, C did not come, D waits, E cancelled late. A answered the end-of-course
     * evaluation: satisfied 4, confidence 2 before and 5 now.
     */
    private Organisation handMadeQuarter() throws Exception {
        return handMadeQuarter(LocalDateTime.of(2010, 5, 10, 10, 0));
    }

    private Organisation handMadeQuarter(LocalDateTime when) throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(2);
        Organisation organisation = data.organisation("Clackmannanshire");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Course course = deliveries.course("KPI test", "VAWG", group, 180, c -> {
            c.setCostPence(2500);
            c.setCostBasis(CostBasis.CHARGED);
            c.setCostCommittee("VIOLENCE_AGAINST_WOMEN_PARTNERSHIP");
            c.setCostAgreedOn(LocalDate.of(2009, 12, 1));
            c.setCostApprovedOn(LocalDate.of(2010, 1, 15));
            c.setOutcomes(List.of("Ask about domestic abuse safely"));
        });
        CourseSession session = deliveries.session(course, 3);
        Booking[] booked = new Booking[5];
        for (int i = 0; i < 5; i++) {
            booked[i] = deliveries.book(session, data.person(organisation, group, null));
        }
        data.execute("update booking set status = 'CANCELLED', late_cancellation = ? where id = ?", true, booked[4].getId());
        Instant may10 = when.atZone(ZoneId.of("Europe/London")).toInstant();
        data.execute("update course_session set starts_at = ?, ends_at = ?, booking_opens_at = ?, booking_closes_at = ? where id = ?",
                may10.atOffset(ZoneOffset.UTC), may10.plus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC),
                may10.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC), may10.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC),
                session.getId());
        deliveries.mark(session, attended(booked[0]), partial(booked[1], 90), didNotAttend(booked[2]));
        String token = delivered.token(data.outbox(booked[0].getId()).stream().filter(m -> m.getKind() == MailKind.EVALUATION)
                .findFirst().orElseThrow(), Pattern.compile("/evaluation\\.xhtml\\?token=([A-Za-z0-9_%-]+)"));
        List<FormItem> items = evaluations.byLink(token).items();
        evaluations.answerByLink(token, List.of(Answer.score(4), Answer.score(5), Answer.confidence(2, 5), Answer.none()));
        assertEquals(4, items.size());
        return organisation;
    }

    private JobExecution run(Quarter quarter) throws Exception {
        return Jobs.finished(coordinator.call(() -> job.run(quarter.code())));
    }

    private static List<Object> values(KpiFigure f) {
        return List.of(f.getId().getKey(), String.valueOf(f.getSessionsDelivered()), String.valueOf(f.getPlacesOffered()), f.getBookings(),
                f.getAttended(), f.getAttendedPartly(), f.getDidNotAttend(), f.getLateCancellations(), f.getWaitlisted(), f.getUniqueLearners(),
                f.getUniqueAgencies(), f.getTrainingHours().stripTrailingZeros().toPlainString(), f.getCostPence(), f.getEvaluationsRequested(),
                f.getEvaluationsAnswered(), String.valueOf(f.getMeanSatisfaction()), String.valueOf(f.getConfidenceChange()));
    }

    private Map<KpiDimension, List<List<Object>>> snapshot(String committee) throws Exception {
        return admin.call(() -> Set.of(KpiDimension.values()).stream().collect(Collectors.toMap(d -> d,
                d -> kpis.stored(QUARTER, committee, d).stream().map(KpiJobIT::values).toList())));
    }

    @Test
    void theQuartersFiguresAreStoredPerCommitteeAndBreakdownAndASecondRunGivesTheSame() throws Exception {
        Organisation organisation = handMadeQuarter();
        String member = "vawp-" + System.nanoTime() + "@example.org";
        coordinator.call(() -> lists.add(VAWP, member));
        long course = data.count("select max(id) from course where title like 'KPI test %'");
        String priorityTitle = "Equally Safe learning once a year " + System.nanoTime();
        org.learningnetwork.strategy.Priority priority = coordinator.call(() -> priorities.add(
                new org.learningnetwork.strategy.PriorityService.Draft("2010\u201313", priorityTitle, null, null, 1, Set.of(course))));
        data.workforceSection(VAWP, true);
        data.actionLearningSection(VAWP, true);
        JobExecution execution;
        try {
            execution = run(QUARTER);
        } finally {
            data.workforceSection(VAWP, false);
            data.actionLearningSection(VAWP, false);
        }
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        Map<String, StepExecution> steps = BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId()).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
        assertEquals(Set.of("clear", "figures", "report"), steps.keySet());
        steps.values().forEach(step -> assertEquals(BatchStatus.COMPLETED, step.getBatchStatus(), step.getStepName()));

        Map<KpiDimension, List<List<Object>>> first = snapshot(VAWP);
        assertEquals(List.of(List.of("ALL", "1", "3", 3, 1, 1, 1, 1, 1, 2, 1, "4.5", 5000L, 2, 1, "4.0", "3.0")), first.get(KpiDimension.ALL),
                "1 session, 3 places, 3 booked: 1 attended, 1 in part, 1 did not; 1 late cancellation, 1 waiting; 2 learners of 1"
                        + " agency, 3 + 1.5 hours, 2 x £25; 2 asked, 1 answered: satisfaction 4, confidence +3");
        assertEquals("VAWG", first.get(KpiDimension.STRAND).get(0).get(0));
        assertEquals(1, first.get(KpiDimension.STRAND).size());
        assertEquals(List.of(String.valueOf(organisation.getId())), first.get(KpiDimension.AGENCY).stream().map(r -> r.get(0)).toList());
        assertEquals("null", first.get(KpiDimension.AGENCY).get(0).get(1), "no session figures by agency");
        assertEquals(3, first.get(KpiDimension.GROUP).get(0).get(3), "the group's bookings");
        List<KpiFigure> all = admin.call(() -> kpis.stored(QUARTER, VAWP, KpiDimension.ALL));
        assertEquals(new BigDecimal("100.0"), all.get(0).getFillRate());
        assertEquals(new BigDecimal("66.7"), all.get(0).getAttendanceRate());
        assertEquals(new BigDecimal("50.0"), all.get(0).getResponseRate());
        assertEquals(new BigDecimal("25.00"), all.get(0).getCostPerLearner());

        // Committees without the strand have an ALL row of zeros; the Chief Officers Group covers every strand.
        assertEquals(0, admin.call(() -> kpis.stored(QUARTER, "MAPPA_GROUP", KpiDimension.ALL)).get(0).getBookings());
        assertEquals(first.get(KpiDimension.ALL), snapshot("CHIEF_OFFICERS_GROUP").get(KpiDimension.ALL));

        // The report pack: rendered for every committee, opened and read; e-mailed to the list with the files attached.
        assertEquals(3 * data.count("select count(*) from committee where active = true"),
                data.count("select count(*) from kpi_report where quarter_code = '" + QUARTER.code() + "'"), "each active committee x 3 files");
        KpiReport pdf = admin.call(() -> packs.find(QUARTER, VAWP, KpiReport.Format.PDF)).orElseThrow();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.getContent())) {
            text = new PDFTextStripper().getText(document);
        }
        // Three bookings: every figure about those people is too small to show; the sessions and places are shown.
        for (String expected : List.of("Learning and development KPI report", "Violence Against Women Partnership, 2010-Q1",
                "Sessions delivered 1", "Places offered 3", "Bookings fewer than 5", "Fill rate fewer than 5",
                "Mean satisfaction (1 to 5) fewer than 5", "Figures about fewer than 5 people are not shown",
                "Rates this quarter and the quarter before", "Bookings over the last eight quarters",
                "By strand", "Violence against women and girls", "By agency", organisation.getName().substring(0, 20))) {
            // Read as one line: a long name wraps within its column rather than being cut short.
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), expected + " in " + text);
        }
        // The strategy's priority served by the course: the quarter's session, its people too few to show, its year met.
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Strategy priorities") && flat.contains(priorityTitle.substring(0, 30)), flat);
        assertTrue(flat.contains("1 held of 1 wanted: met"), flat);
        // The committee asked for the workforce planning section: by qualification and network, no names of agencies.
        assertTrue(flat.contains("Workforce planning") && flat.contains("Qualifiers expected") && flat.contains("By network"), flat);
        String mappa;
        try (PDDocument document = Loader.loadPDF(admin.call(() -> packs.find(QUARTER, "MAPPA_GROUP", KpiReport.Format.PDF)).orElseThrow()
                .getContent())) {
            mappa = new PDFTextStripper().getText(document);
        }
        assertFalse(mappa.contains("Workforce planning"), "a committee that did not ask has no such section");
        // And the action-learning section: no set ran in 2010, so its tables are empty, said in words.
        assertTrue(flat.contains("Action learning") && flat.contains("Sets and communities of practice running in the quarter: 0")
                && flat.contains("Longitudinal questionnaires"), flat);
        assertFalse(mappa.contains("Action learning"), "a committee that did not ask has no action-learning section");
        assertFalse(text.contains("100.0%"), "no fill rate of three bookings in " + text);
        String csv = new String(admin.call(() -> packs.find(QUARTER, VAWP, KpiReport.Format.CSV)).orElseThrow().getContent(),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(5, lines.stream().filter(line -> !line.contains(",Strategy priority,")).count(), csv);
        String priorityLine = lines.stream().filter(line -> line.contains(priorityTitle)).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(priorityLine.startsWith("Violence Against Women Partnership,2010-Q1,Strategy priority," + priorityTitle + ",1,"), priorityLine);
        assertTrue(priorityLine.contains("fewer than 5") && priorityLine.endsWith("1 held of 1 wanted: met"), priorityLine);
        assertTrue(lines.get(0).startsWith("Committee,Quarter,Breakdown,Of,Sessions delivered,Places offered,Bookings,Fill rate"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Violence Against Women Partnership,2010-Q1,All,Violence Against Women Partnership,1,3,"
                + "fewer than 5,fewer than 5,"), lines.get(1));
        byte[] xlsx = admin.call(() -> packs.find(QUARTER, VAWP, KpiReport.Format.XLSX)).orElseThrow().getContent();
        String strings = entry(xlsx, "xl/sharedStrings.xml");
        assertTrue(strings.contains("Violence Against Women Partnership") && strings.contains("Did-not-attend rate"), strings);
        assertTrue(entry(xlsx, "xl/worksheets/sheet1.xml").contains("<v>3</v>"), "places as a number");
        assertTrue(strings.contains("fewer than 5"), "small figures in words: " + strings);

        List<OutboxMail> mails = outboxTo(member);
        assertEquals(1, mails.size());
        assertEquals(MailKind.KPI_REPORT, mails.get(0).getKind());
        assertEquals("Violence Against Women Partnership: learning and development KPIs, 2010-Q1", mails.get(0).getSubject());
        Instant until = Instant.now().plusSeconds(60);
        List<DeliveredMail> delivered = List.of();
        while (delivered.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(300);
            delivered = admin.call(() -> mailbox.to(member));
        }
        assertEquals(1, delivered.size(), "delivered to the SMTP server");
        assertEquals(List.of("kpi-report-violence-against-women-partnership-2010-Q1.csv", "kpi-report-violence-against-women-partnership-2010-Q1.pdf",
                "kpi-report-violence-against-women-partnership-2010-Q1.xlsx"), delivered.get(0).attachments().stream().sorted().toList());

        assertEquals(BatchStatus.COMPLETED, run(QUARTER).getBatchStatus());
        assertEquals(first, snapshot(VAWP), "the same data gives the same figures");
        assertEquals(3 * data.count("select count(*) from committee where active = true"),
                data.count("select count(*) from kpi_report where quarter_code = '" + QUARTER.code() + "'"), "replaced, not added");
        coordinator.call(() -> {
            priorities.retire(priority.getId(), true);
            return null;
        });
    }

    /**
     * Pathway compliance on the quarter's last day, for an agency of six people holding a role profile whose requirement
     * (every 24 months) accepts a course of the partnership's strand: four up to date then (one of them due soon),
     * one lapsed before the quarter ended, one never done; learning after the quarter does not count.
     */
    @Test
    void pathwayComplianceIsCountedOnTheQuartersLastDay() throws Exception {
        Quarter quarter = new Quarter(2012, 2);
        LocalDate lastDay = quarter.endExclusive().minusDays(1);
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(2);
        Organisation organisation = data.organisation("Orkney Islands");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Course course = deliveries.course("Compliance", "VAWG", group, 120, c -> { });
        String tag = Long.toString(System.nanoTime());
        LearningRequirement requirement = coordinator.call(() -> profiles.save(new LearningRequirement("Compliance " + tag, 24),
                Set.of(course.getId())));
        RoleProfile profile = coordinator.call(() -> profiles.save(new RoleProfile("KPI-" + tag, "Compliance " + tag), Set.of(group.getId()),
                List.of(requirement.getId())));
        List<LocalDate> done = java.util.Arrays.asList(lastDay.minusMonths(3), lastDay.minusMonths(20), lastDay.minusMonths(24),
                lastDay.minusMonths(23).minusDays(20), lastDay.minusMonths(24).minusDays(1), null);
        for (LocalDate on : done) {
            Person person = data.person(organisation, group, null);
            coordinator.call(() -> pathways.assign(person.getId(), profile.getId()));
            if (on != null) {
                data.learningRecord(person, course, LearningRecordKind.EQUIVALENT, on);
            } else {
                data.learningRecord(person, course, LearningRecordKind.COMPLETED, lastDay.plusDays(1));
            }
        }
        data.execute("update person_role_profile set assigned_on = ? where role_profile_id = ?", quarter.firstDay().minusMonths(1),
                profile.getId());
        assertEquals(BatchStatus.COMPLETED, run(quarter).getBatchStatus());
        KpiFigure agency = admin.call(() -> kpis.stored(quarter, VAWP, KpiDimension.AGENCY)).stream()
                .filter(f -> f.getId().getKey().equals(String.valueOf(organisation.getId()))).findFirst().orElseThrow();
        assertEquals(List.of(6, 4, 6), List.of(agency.getPathwayRequired(), agency.getPathwayMet(), agency.getPathwayPeople()));
        assertEquals(new BigDecimal("66.7"), agency.getPathwayCompliance());
        KpiFigure headline = admin.call(() -> kpis.stored(quarter, VAWP, KpiDimension.ALL)).get(0);
        assertTrue(headline.getPathwayRequired() >= 6 && headline.getPathwayPeople() >= 6, "the agency's people count in the headline");
    }

    /**
     * Self-guided learning done in the quarter counts for the course's committees: each record, its CPD hours, the
     * end-of-course evaluations asked and answered about it and the answers given in the quarter; learning done after
     * the quarter does not.
     */
    @Test
    void selfGuidedLearningDoneInTheQuarterCountsWithItsHoursAndEvaluations() throws Exception {
        Quarter quarter = new Quarter(2012, 3);
        LocalDate inQuarter = quarter.firstDay().plusDays(10);
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(2);
        Organisation organisation = data.organisation("Shetland Islands");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        Course course = deliveries.course("Self-guided", "VAWG", group, 60, c -> { });
        org.learningnetwork.catalogue.LearningResource module = coordinator.call(() -> resources.add(course.getId(),
                new org.learningnetwork.catalogue.ResourceRules.Draft(org.learningnetwork.catalogue.ResourceKind.E_LEARNING, "Module",
                        null, "https://example.scot/module", 60, new BigDecimal("0.5"), true), null));
        for (int i = 0; i < 4; i++) {
            Person person = data.person(organisation, group, null);
            data.signIn(Role.LEARNER, person);
            org.learningnetwork.booking.LearningRecord done = learner.call(() -> selfGuided.markDone(module.getId(), null));
            if (i < 3) {
                data.execute("update learning_record set completed_on = ? where id = ?", inQuarter, done.getId());
            }
            if (i == 0) {
                long request = learner.call(() -> evaluations.mineAbout(done.getId())).orElseThrow();
                learner.call(() -> {
                    evaluations.answerMine(request, List.of(Answer.score(4), Answer.score(5), Answer.confidence(2, 5), Answer.none()));
                    return null;
                });
                data.execute("update evaluation_response set submitted_on = ? where course_id = ?", inQuarter, course.getId());
            }
        }
        assertEquals(BatchStatus.COMPLETED, run(quarter).getBatchStatus());
        KpiFigure agency = admin.call(() -> kpis.stored(quarter, VAWP, KpiDimension.AGENCY)).stream()
                .filter(f -> f.getId().getKey().equals(String.valueOf(organisation.getId()))).findFirst().orElseThrow();
        assertEquals(3, agency.getSelfGuided(), "the fourth was done after the quarter");
        assertEquals(0, new BigDecimal("1.5").compareTo(agency.getTrainingHours()), agency.getTrainingHours().toString());
        assertEquals(List.of(3, 1), List.of(agency.getEvaluationsRequested(), agency.getEvaluationsAnswered()));
        assertEquals(1, agency.getSatisfactionCount(), "the one answer to the satisfaction question, given in the quarter");
        KpiFigure byGroup = admin.call(() -> kpis.stored(quarter, VAWP, KpiDimension.GROUP)).stream()
                .filter(f -> f.getId().getKey().equals(String.valueOf(group.getId()))).findFirst().orElseThrow();
        assertTrue(byGroup.getSelfGuided() >= 3, "by workforce group too");
    }

    /** A hand-made quarter's snapshot from a run not interrupted, and a second run of it stopped half-way through its figures. */
    private record HalfWay(long id, String figures, List<List<Object>> uninterrupted, long stored) {
    }

    /** The query for a quarter's stored figures, row by row. */
    private static String figures(Quarter quarter) {
        return "select quarter_code, committee_code, dimension, dimension_key, sessions_delivered, places_offered, bookings, attended,"
                + " attended_partly, did_not_attend, late_cancellations, waitlisted, unique_learners, unique_agencies, training_hours,"
                + " cost_pence, evaluations_requested, evaluations_answered, satisfaction_sum, satisfaction_count, confidence_change_sum,"
                + " confidence_count, learners_changed, learners_asked, managers_changed, managers_asked"
                + " from kpi_figure where quarter_code = '" + quarter.code() + "' order by committee_code, dimension, dimension_key";
    }

    private HalfWay stoppedHalfWay(Quarter quarter, LocalDateTime session) throws Exception {
        handMadeQuarter(session);
        JobOperator operator = BatchRuntime.getJobOperator();
        assertEquals(BatchStatus.COMPLETED, Jobs.finished(start(quarter, 0)).getBatchStatus());
        String figures = figures(quarter);
        List<List<Object>> uninterrupted = rows(figures);
        String stored = "select count(*) from kpi_figure where quarter_code = '" + quarter.code() + "'";
        int parts = KpiPart.values().length;

        // Paused after each chunk, so that it can be stopped half-way through the figures: once its first parts are stored.
        long id = start(quarter, 600);
        Instant until = Instant.now().plusSeconds(60);
        // One read a turn: read twice, the first could see the last run's parts and the second this run's cleared ones.
        for (Set<KpiPart> seen = kpis.storedParts(quarter); seen.isEmpty() || seen.size() == parts; seen = kpis.storedParts(quarter)) {
            assertTrue(Instant.now().isBefore(until), "the run did not reach its figures");
            Thread.sleep(50);
        }
        operator.stop(Jobs.executionOf(id));
        assertEquals(BatchStatus.STOPPED, Jobs.finished(id).getBatchStatus());
        assertEquals("STOPPED", coordinator.call(() -> executions.find(id)).status(), "recorded as stopped");
        int partsStored = kpis.storedParts(quarter).size();
        assertTrue(partsStored > 0 && partsStored < parts, "stopped half-way: " + partsStored + " of " + parts + " parts stored");
        long stoppedWith = data.count(stored);
        assertTrue(stoppedWith > 0, "rows of figures stored");
        return new HalfWay(id, figures, uninterrupted, stoppedWith);
    }

    /**
     * A run on its way through its figures when the server is killed (started here with a pause before each part;
     * the server is killed by the next test and the run gone on with by the one after).
     */
    @Test
    @Order(1)
    void aRunIsOnItsWayThroughItsFiguresWhenTheServerIsKilled() throws Exception {
        handMadeQuarter(LocalDateTime.of(2011, 11, 14, 10, 0));
        start(KILLED, 5_000);
        Instant until = Instant.now().plusSeconds(60);
        while (kpis.storedParts(KILLED).isEmpty()) {
            assertTrue(Instant.now().isBefore(until), "the run did not reach its figures");
            Thread.sleep(50);
        }
        // Long enough for the database to have the first parts on disk (H2 writes within a second).
        Thread.sleep(1_500);
        assertTrue(kpis.storedParts(KILLED).size() < KpiPart.values().length, "still on its way");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsKilledAndStartedAgain() throws Exception {
        Process restart = new ProcessBuilder("bash", "src/glassfish/glassfish.sh", "kill-and-start", System.getProperty("glassfish.home"))
                .inheritIO().start();
        assertEquals(0, restart.waitFor(), "GlassFish killed and started again with the application");
    }

    /**
     * After the kill the run's lease runs out (the tests' servers set it to 20 seconds) and the restarted server takes
     * the run over by itself: the new run continues the killed one, keeps the parts stored before the kill, works out
     * the rest, and the snapshot is the same as an uninterrupted run's. The killed run is recorded as abandoned.
     */
    @Test
    @Order(3)
    void theRunTheKillInterruptedIsTakenOverAndStoresTheSameFiguresAsOneNotInterrupted() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        // The run started before the kill (it continues none); it may have been taken over already by now.
        long killed = data.count("select max(id) from job_run where job_name = '" + KpiJob.JOB + "' and quarter_code = '" + KILLED.code()
                + "' and continues_run_id is null");

        Instant until = Instant.now().plusSeconds(120);
        long continuing = 0;
        while (continuing == 0) {
            assertTrue(Instant.now().isBefore(until), "no run took the killed one over");
            Thread.sleep(500);
            continuing = data.count("select coalesce(max(id), 0) from job_run where continues_run_id = " + killed);
        }
        long takenOver = continuing;
        JobExecution resumed = Jobs.finished(takenOver);
        assertEquals(BatchStatus.COMPLETED, resumed.getBatchStatus());
        JobRun abandoned = coordinator.call(() -> executions.find(killed));
        assertEquals("ABANDONED", abandoned.status());
        assertFalse(abandoned.isRestartable(), "gone on with: nothing to restart");
        assertEquals(killed, coordinator.call(() -> executions.find(takenOver)).continues());
        Map<String, StepExecution> steps = operator.getStepExecutions(resumed.getExecutionId()).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
        assertTrue(steps.get("clear").getExitStatus().startsWith("KEPT:"), steps.get("clear").getExitStatus());
        long read = Arrays.stream(steps.get("figures").getMetrics()).filter(m -> m.getType() == Metric.MetricType.READ_COUNT)
                .findFirst().orElseThrow().getValue();
        assertTrue(read > 0 && read < KpiPart.values().length, "only the parts left after the kill: " + read);
        assertEquals(BatchStatus.COMPLETED, steps.get("report").getBatchStatus());
        List<List<Object>> afterKill = rows(figures(KILLED));

        assertEquals(BatchStatus.COMPLETED, Jobs.finished(start(KILLED, 0)).getBatchStatus());
        assertEquals(rows(figures(KILLED)), afterKill, "the same snapshot as a run that was not interrupted");
        assertEquals("3", afterKill.stream().filter(r -> "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP".equals(r.get(1)) && "ALL".equals(r.get(2)))
                .findFirst().orElseThrow().get(6), "the hand-made quarter's three bookings");
    }

    @Test
    void aRunStoppedMidWayRestartsFromItsLastCheckpointAndStoresTheSameFigures() throws Exception {
        HalfWay halfWay = stoppedHalfWay(new Quarter(2010, 2), LocalDateTime.of(2010, 8, 16, 10, 0));

        long restarted = coordinator.call(() -> executions.restart(halfWay.id()));
        assertEquals(BatchStatus.COMPLETED, Jobs.finished(restarted).getBatchStatus());
        assertEquals(halfWay.uninterrupted(), rows(halfWay.figures()), "the same snapshot as the run that was not interrupted");
        assertThrows(RejectedException.class, () -> coordinator.call(() -> executions.restart(restarted)), "completed: nothing to restart");
        assertThrows(RejectedException.class, () -> coordinator.call(() -> executions.restart(halfWay.id())), "gone on with by a later run");
    }

    /**
     * A run the server's stop interrupted stays "started" in the batch runtime, which will not restart it; the
     * learning team's restart goes on with it as a new run ({@code KpiJob.resume}, what the jobs screen's restart of an
     * interrupted run calls). Here the run is stopped half-way instead (a server cannot be stopped under its own
     * test): the new run keeps the figures stored, works out only the parts left, and stores the same snapshot.
     */
    @Test
    void aRunGoneOnWithAfterAnInterruptionKeepsWhatWasStoredAndStoresTheSameFigures() throws Exception {
        Quarter quarter = new Quarter(2010, 3);
        HalfWay halfWay = stoppedHalfWay(quarter, LocalDateTime.of(2010, 11, 15, 10, 0));
        JobExecution resumed = Jobs.finished(coordinator.call(() -> job.resume(quarter.code())));
        assertEquals(BatchStatus.COMPLETED, resumed.getBatchStatus());
        Map<String, StepExecution> steps = BatchRuntime.getJobOperator().getStepExecutions(resumed.getExecutionId()).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
        assertEquals("KEPT:" + halfWay.stored(), steps.get("clear").getExitStatus(), "the stored figures are kept");
        long read = java.util.Arrays.stream(steps.get("figures").getMetrics())
                .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT).findFirst().orElseThrow().getValue();
        assertTrue(read < KpiPart.values().length, "only the parts left are worked out: " + read + " of " + KpiPart.values().length);
        assertEquals(halfWay.uninterrupted(), rows(halfWay.figures()), "the same snapshot as the run that was not interrupted");
        assertEquals(BatchStatus.COMPLETED, steps.get("report").getBatchStatus(), "and the report packs follow");
        long active = data.count("select count(*) from committee where active = true");
        assertTrue(steps.get("report").getExitStatus().matches("PACKS:" + active + ":[0-9]+:0"), steps.get("report").getExitStatus());

        // Gone on with again: every part is stored and every committee's pack sent, so nothing is done twice.
        String packMails = "select count(*) from mail_outbox where report_quarter = '" + quarter.code() + "'";
        long mailed = data.count(packMails);
        JobExecution again = Jobs.finished(coordinator.call(() -> job.resume(quarter.code())));
        Map<String, StepExecution> againSteps = BatchRuntime.getJobOperator().getStepExecutions(again.getExecutionId()).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
        assertEquals("PACKS:0:0:" + active, againSteps.get("report").getExitStatus(), "no committee is sent its pack twice");
        assertEquals(mailed, data.count(packMails));
        assertEquals(halfWay.uninterrupted(), rows(halfWay.figures()));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> job.resume(quarter.code())));
    }

    /** Starts a run of the quarter as the learning team's start does, pausing before each part after the first; its run id. */
    private long start(Quarter quarter, long pauseMillis) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("quarter", quarter.code());
        parameters.setProperty("pauseMillis", Long.toString(pauseMillis));
        return executions.start(KpiJob.JOB, quarter.code(), parameters, "quarter", "kpi.quarter.running");
    }

    private List<List<Object>> rows(String sql) {
        return data.query(sql).stream().map(row -> java.util.Arrays.stream(row).map(v -> v instanceof BigDecimal d
                ? (Object) d.stripTrailingZeros().toPlainString() : v == null ? null : (Object) v.toString()).toList()).toList();
    }

    @Test
    void aCommitteeListTakesWellFormedAddressesOnce() throws Exception {
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Stirling"), null, null));
        String address = "apc-" + System.nanoTime() + "@example.org";
        CommitteeRecipient added = coordinator.call(() -> lists.add("ADULT_PROTECTION_COMMITTEE", " " + address.toUpperCase() + " "));
        assertEquals(address, added.getEmail(), "trimmed, lower case");
        for (String[] bad : new String[][] {{"ADULT_PROTECTION_COMMITTEE", address, "email committeeLists.email.already"},
                {"ADULT_PROTECTION_COMMITTEE", "not an address", "email committeeLists.email.invalid"},
                {"ADULT_PROTECTION_COMMITTEE", "", "email committeeLists.email.invalid"},
                {"NO_SUCH_COMMITTEE", "x@example.org", "committee committeeLists.committee.unknown"}}) {
            RejectedException e = assertThrows(RejectedException.class, () -> coordinator.call(() -> lists.add(bad[0], bad[1])));
            assertEquals(bad[2], e.getProblems().get(0).field() + " " + e.getProblems().get(0).messageKey());
        }
        assertThrows(EJBAccessException.class, () -> learner.call(() -> lists.all()));
        coordinator.call(() -> {
            lists.remove(added.getId());
            return null;
        });
        assertTrue(coordinator.call(() -> lists.all()).stream().noneMatch(r -> r.getId().equals(added.getId())));
    }

    private List<OutboxMail> outboxTo(String recipient) {
        return data.outboxTo(recipient);
    }

    /** An entry of a workbook (a ZIP file whose entries' sizes follow their data, which only ZipFile reads). */
    private static String entry(byte[] zip, String name) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kpi-report", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("No " + name + " in the workbook");
                }
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aMalformedFutureOrRunningQuarterIsRefused() throws Exception {
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Stirling"), null, null));
        for (String bad : new String[] {"2010-Q5", "Q1 2010", "", "2010-Q1; drop table kpi_figure"}) {
            RejectedException e = assertThrows(RejectedException.class, () -> coordinator.call(() -> job.run(bad)), bad);
            assertEquals("quarter kpi.quarter.invalid", e.getProblems().get(0).field() + " " + e.getProblems().get(0).messageKey());
        }
        Quarter next = Quarter.of(java.time.LocalDate.now()).next();
        RejectedException future = assertThrows(RejectedException.class, () -> coordinator.call(() -> job.run(next.code())));
        assertEquals("kpi.quarter.future", future.getProblems().get(0).messageKey());
        assertThrows(EJBAccessException.class, () -> learner.call(() -> job.run("2010-Q1")));

        // A quarter being worked out on any server instance (which holds its lease) is refused; once it is not, it runs.
        Quarter quarter = new Quarter(2011, 2);
        org.learningnetwork.platform.Lease elsewhere = leases.acquire(KpiJob.JOB, quarter.code()).orElseThrow();
        RejectedException running = assertThrows(RejectedException.class, () -> coordinator.call(() -> job.run(quarter.code())));
        assertEquals("quarter kpi.quarter.running", running.getProblems().get(0).field() + " " + running.getProblems().get(0).messageKey());
        leases.release(elsewhere, false);
        assertEquals(BatchStatus.COMPLETED, Jobs.finished(coordinator.call(() -> job.run(quarter.code()))).getBatchStatus());
    }
}
