package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.AttendanceMark;
import org.learningnetwork.booking.AttendanceService;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.booking.LearningRecordService;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/** The register: marks, the learning records and certificates they make, and who may take it when. */
@ExtendWith(ArquillianExtension.class)
class AttendanceServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private AttendanceService attendance;

    @Inject
    private LearningRecordService records;


    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private Deliveries deliveries;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Facilitator facilitator;

    @Inject
    private AsRole.Learner learner;

    private Organisation organisation;
    private WorkforceGroup group;
    private Person facilitatorPerson;
    private CourseSession session;
    private Booking ada;
    private Booking ben;
    private Booking cal;

    @BeforeEach
    void sessionWithThreeLearners() throws Exception {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        organisation = data.organisation("Dundee City");
        data.signIn(Role.COORDINATOR, data.person(organisation, null, null));
        facilitatorPerson = data.person(organisation, null, null);
        data.signIn(Role.FACILITATOR, facilitatorPerson);
        session = deliveries.session(deliveries.course("Register test", "CHILD_PROTECTION", group, 180, c -> { }), 10);
        ada = book();
        ben = book();
        cal = book();
        data.facilitate(session.getId(), facilitatorPerson);
    }

    private Booking book() throws Exception {
        return deliveries.book(session, data.person(organisation, group, null));
    }

    private void record(AsRole as, AttendanceMark... marks) throws Exception {
        as.call(() -> {
            attendance.record(session.getId(), List.of(marks));
            return null;
        });
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    private List<LearningRecord> recordsOf(Booking booking) throws Exception {
        data.signIn(Role.LEARNER, booking.getPerson());
        return learner.call(() -> records.mine()).stream().filter(r -> r.getSession() != null
                && r.getSession().getId().equals(session.getId())).toList();
    }

    @Test
    void marksMakeLearningRecordsWithCpdHoursAndTheSessionIsDelivered() throws Exception {
        data.startedAgo(session.getId(), Duration.ofHours(4));
        record(facilitator, new AttendanceMark(ada.getId(), Attendance.ATTENDED, null),
                new AttendanceMark(ben.getId(), Attendance.PARTIAL, 60));

        assertNotEquals(SessionStatus.DELIVERED, coordinator.call(() -> courses.findSession(session.getId())).getStatus(),
                "one learner unmarked: not delivered yet");
        List<LearningRecord> adas = recordsOf(ada);
        assertEquals(1, adas.size());
        assertEquals(LearningRecordKind.COMPLETED, adas.get(0).getKind());
        assertEquals(0, new BigDecimal("3.0").compareTo(adas.get(0).getCpdHours()));
        LearningRecord bens = recordsOf(ben).get(0);
        assertEquals(LearningRecordKind.PARTIAL, bens.getKind());
        assertEquals(0, new BigDecimal("1.00").compareTo(bens.getCpdHours()), "60 of 180 minutes: a third of 3 hours");

        record(coordinator, new AttendanceMark(cal.getId(), Attendance.DID_NOT_ATTEND, null),
                new AttendanceMark(ben.getId(), Attendance.ATTENDED, null));
        assertEquals(SessionStatus.DELIVERED, coordinator.call(() -> courses.findSession(session.getId())).getStatus());
        assertTrue(recordsOf(cal).isEmpty(), "no record for did not attend");
        assertEquals(LearningRecordKind.COMPLETED, recordsOf(ben).get(0).getKind(), "a corrected mark corrects the record");
        Map<Long, Attendance> register = coordinator.call(() -> attendance.register(session.getId())).stream()
                .collect(Collectors.toMap(Booking::getId, Booking::getAttendance));
        assertEquals(Map.of(ada.getId(), Attendance.ATTENDED, ben.getId(), Attendance.ATTENDED, cal.getId(), Attendance.DID_NOT_ATTEND),
                register);

        record(coordinator, new AttendanceMark(ada.getId(), Attendance.DID_NOT_ATTEND, null));
        assertTrue(recordsOf(ada).isEmpty(), "marking did not attend afterwards removes the record");
    }

    @Test
    void badMarksAreRefusedTogetherAndNothingIsSaved() throws Exception {
        RejectedException early = assertThrows(RejectedException.class,
                () -> record(facilitator, new AttendanceMark(ada.getId(), Attendance.ATTENDED, null)));
        assertEquals(List.of("null attendance.notStarted"), keys(early));

        data.startedAgo(session.getId(), Duration.ofHours(1));
        RejectedException bad = assertThrows(RejectedException.class, () -> record(facilitator,
                new AttendanceMark(ada.getId(), Attendance.ATTENDED, null),
                new AttendanceMark(ben.getId(), Attendance.PARTIAL, null),
                new AttendanceMark(cal.getId(), Attendance.PARTIAL, 180),
                new AttendanceMark(987654321L, Attendance.ATTENDED, null)));
        assertEquals(List.of("marks:1:minutes attendance.minutes.range", "marks:2:minutes attendance.minutes.range",
                "null attendance.notBooked"), keys(bad));
        assertTrue(recordsOf(ada).isEmpty(), "nothing saved, not even the good mark");
    }

    @Test
    void onlyTheSessionsFacilitatorsAndTheLearningTeamTakeTheRegister() throws Exception {
        data.startedAgo(session.getId(), Duration.ofHours(1));
        data.signIn(Role.FACILITATOR, data.person(organisation, null, null));
        RejectedException other = assertThrows(RejectedException.class, () -> facilitator.call(() -> attendance.register(session.getId())));
        assertEquals(List.of("null attendance.notFacilitator"), keys(other));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> attendance.register(session.getId())));

        data.signIn(Role.FACILITATOR, facilitatorPerson);
        assertEquals(List.of(session.getId()), facilitator.call(() -> attendance.mySessions()).stream()
                .map(CourseSession::getId).toList());
    }

    @Test
    void theLearnerDownloadsTheirOwnCertificateOnly() throws Exception {
        data.startedAgo(session.getId(), Duration.ofHours(4));
        record(facilitator, new AttendanceMark(ada.getId(), Attendance.ATTENDED, null));
        LearningRecord adas = recordsOf(ada).get(0);
        LearningRecordService.Certificate certificate = learner.call(() -> records.certificate(adas.getId()));
        assertTrue(certificate.fileName().endsWith(".pdf"));
        try (PDDocument pdf = Loader.loadPDF(certificate.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Certificate of attendance"), text);
            assertTrue(text.contains(ada.getPerson().getGivenName() + " " + ada.getPerson().getFamilyName()), text);
            assertTrue(text.contains(session.getCourse().getTitle()), text);
            assertTrue(text.contains("CPD hours: 3"), text);
        }

        data.signIn(Role.LEARNER, ben.getPerson());
        // Someone else's certificate is answered as one that does not exist.
        assertThrows(NotFoundException.class, () -> learner.call(() -> records.certificate(adas.getId())));
        assertTrue(coordinator.call(() -> records.certificate(adas.getId())).pdf().length > 1000, "the learning team may fetch it");
    }
}
