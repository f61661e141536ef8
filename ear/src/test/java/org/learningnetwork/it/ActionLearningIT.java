package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.actionlearning.Cadence;
import org.learningnetwork.actionlearning.FacilitationService;
import org.learningnetwork.actionlearning.Joining;
import org.learningnetwork.actionlearning.LearningSet;
import org.learningnetwork.actionlearning.LearningSetService;
import org.learningnetwork.actionlearning.MeetingMark;
import org.learningnetwork.actionlearning.MemberStatus;
import org.learningnetwork.actionlearning.ProgrammeService;
import org.learningnetwork.actionlearning.ProgrammeTables;
import org.learningnetwork.actionlearning.ReflectiveLogEntry;
import org.learningnetwork.actionlearning.ReflectiveLogService;
import org.learningnetwork.actionlearning.SetKind;
import org.learningnetwork.actionlearning.SetMeeting;
import org.learningnetwork.actionlearning.SetMember;
import org.learningnetwork.actionlearning.SetMembershipService;
import org.learningnetwork.actionlearning.SetPurpose;
import org.learningnetwork.actionlearning.SetTheme;
import org.learningnetwork.actionlearning.ThemeService;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.EvaluationForm;
import org.learningnetwork.evaluation.EvaluationRequest;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.SetQuestionnaireService;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.RecordType;
import org.learningnetwork.retention.RetentionSweep;
import org.learningnetwork.retention.SubjectAccessService;

/**
 * Action-learning sets and communities of practice: the learning team runs a set from application (line manager's
 * approval, then a place) and invitation to meetings, members hearing of each step with calendar invitations; a
 * facilitator records attendance and themes for their own sets only; reflective logs stay their author's unless shared,
 * reach subject access and go by their retention rule; longitudinal questionnaires go through the evaluation engine.
 */
@ExtendWith(ArquillianExtension.class)
class ActionLearningIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private LearningSetService sets;

    @Inject
    private SetMembershipService memberships;

    @Inject
    private FacilitationService facilitation;

    @Inject
    private ReflectiveLogService logs;

    @Inject
    private ThemeService themes;

    @Inject
    private ProgrammeService programme;

    @Inject
    private SetQuestionnaireService questionnaires;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private CourseService courses;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private RetentionSweep sweep;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Facilitator facilitator;

    @Inject
    private AsRole.Dpo dpo;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Organisation agency;

    @BeforeEach
    void setUp() {
        data.partnershipAreas();
        agency = data.organisation("Angus", "Dundee City");
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
    }

    private LearningSet newSet(Joining joining, Integer places) throws Exception {
        LearningSet set = new LearningSet();
        set.setName("Newly qualified set " + tag + " " + joining + " " + places);
        set.setPurpose(SetPurpose.NEWLY_QUALIFIED);
        set.setJoining(joining);
        set.setPlaces(places);
        return coordinator.call(() -> sets.save(set, null));
    }

    private static String key(Exception e) {
        return ((RejectedException) e).getProblems().get(0).messageKey();
    }

    private List<MailKind> kinds(Person person) {
        return data.outboxTo(person.getWorkEmail()).stream().map(OutboxMail::getKind).toList();
    }

    @Test
    void aSetIsRunFromApplicationAndInvitationToMeetingsAndEveryoneHearsOfEachStep() throws Exception {
        // Every problem at once: no name, no purpose, a venue wanted when not online.
        LearningSet empty = new LearningSet();
        empty.setPurpose(null);
        empty.setOnline(false);
        RejectedException problems = assertThrows(RejectedException.class, () -> coordinator.call(() -> sets.save(empty, null)));
        assertEquals(List.of("name:set.name.required", "purpose:set.purpose.required", "venue:set.venue.required"),
                problems.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).sorted().toList());

        LearningSet set = newSet(Joining.APPLICATION, 2);
        Person boss = data.person(agency, null, null);
        Person applicant = data.person(agency, null, boss);
        data.signIn(Role.LEARNER, applicant);
        SetMember applied = learner.call(() -> memberships.ask(set.getId()));
        assertEquals(MemberStatus.AWAITING_MANAGER, applied.getStatus());
        assertTrue(kinds(boss).contains(MailKind.SET_APPROVAL_NEEDED));
        assertEquals("set.alreadyAsked", key(assertThrows(RejectedException.class, () -> learner.call(() -> memberships.ask(set.getId())))));

        // The line manager approves; the learning team gives the place; the member hears, with the meetings to come.
        data.signIn(Role.MANAGER, boss);
        assertEquals(List.of(applied.getId()), manager.call(() -> memberships.awaitingMe()).stream().map(SetMember::getId).toList());
        assertEquals(MemberStatus.APPLIED, manager.call(() -> memberships.approve(applied.getId())).getStatus());
        assertThrows(RejectedException.class, () -> manager.call(() -> memberships.approve(applied.getId())), "approved once");
        assertEquals(MemberStatus.MEMBER, coordinator.call(() -> sets.admit(applied.getId())).getStatus());
        assertTrue(kinds(applicant).contains(MailKind.SET_JOINED));

        // Someone without a line manager waits for a place at once; invited people accept; the third place is not there.
        Person second = data.person(agency, null, null);
        data.signIn(Role.LEARNER, second);
        SetMember secondApplied = learner.call(() -> memberships.ask(set.getId()));
        assertEquals(MemberStatus.APPLIED, secondApplied.getStatus());
        Person invitee = data.person(agency, null, null);
        SetMember invited = coordinator.call(() -> sets.invite(set.getId(), invitee.getWorkEmail().toUpperCase(java.util.Locale.ROOT)));
        assertEquals(MemberStatus.INVITED, invited.getStatus());
        assertTrue(kinds(invitee).contains(MailKind.SET_INVITATION));
        assertEquals("set.invite.waiting", key(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> sets.invite(set.getId(), invitee.getWorkEmail())))));
        assertEquals("set.invite.unknown", key(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> sets.invite(set.getId(), "nobody-" + tag + "@example.org")))));
        data.signIn(Role.LEARNER, invitee);
        assertEquals(MemberStatus.MEMBER, learner.call(() -> memberships.accept(invited.getId())).getStatus());
        RejectedException full = assertThrows(RejectedException.class, () -> coordinator.call(() -> sets.admit(secondApplied.getId())));
        assertEquals("set.full", key(full));
        assertEquals(MemberStatus.DECLINED, coordinator.call(() -> sets.decline(secondApplied.getId())).getStatus());
        assertTrue(kinds(second).contains(MailKind.SET_DECLINED));
        // Someone else's membership is not found; a learner runs no set.
        assertThrows(NotFoundException.class, () -> learner.call(() -> memberships.leave(applied.getId())));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> sets.list(false)));

        // Three monthly meetings: each member gets each as a calendar invitation; one cancelled, taken out again.
        LocalDateTime first = LocalDateTime.now(ZONE).plusDays(7).withHour(14).withMinute(0).withSecond(0).withNano(0);
        RejectedException series = assertThrows(RejectedException.class, () -> coordinator.call(() -> sets.schedule(set.getId(),
                first.minusYears(1), 30, Cadence.MONTHLY)));
        assertEquals(List.of("set.series.first.past", "set.series.count.range"), series.getProblems().stream().map(p -> p.messageKey()).toList());
        List<SetMeeting> meetings = coordinator.call(() -> sets.schedule(set.getId(), first, 3, Cadence.MONTHLY));
        assertEquals(3, meetings.size());
        List<OutboxMail> invitations = data.outboxTo(invitee.getWorkEmail()).stream().filter(m -> m.getKind() == MailKind.SET_MEETING).toList();
        assertEquals(3, invitations.size());
        assertTrue(invitations.get(0).getCalendar().contains("METHOD:REQUEST")
                && invitations.get(0).getCalendar().contains("UID:set-meeting-" + meetings.get(0).getId() + "@"), invitations.get(0).getCalendar());
        coordinator.call(() -> sets.cancelMeeting(meetings.get(2).getId()));
        OutboxMail cancelled = data.outboxTo(applicant.getWorkEmail()).stream().filter(m -> m.getKind() == MailKind.SET_MEETING_CANCELLED)
                .findFirst().orElseThrow();
        assertTrue(cancelled.getCalendar().contains("METHOD:CANCEL") && cancelled.getCalendar().contains("set-meeting-" + meetings.get(2).getId()));

        // The member leaves: their two meetings to come leave their calendar; the set shows who is where.
        assertEquals(MemberStatus.LEFT, learner.call(() -> memberships.leave(invited.getId())).getStatus());
        assertEquals(1 + 2, data.outboxTo(invitee.getWorkEmail()).stream().filter(m -> m.getKind() == MailKind.SET_MEETING_CANCELLED).count(),
                "the meeting cancelled before, then the two left on leaving");
        LearningSetService.Listing listing = coordinator.call(() -> sets.list(false)).stream().filter(l -> l.set().getId().equals(set.getId()))
                .findFirst().orElseThrow();
        assertEquals(1, listing.members());
        assertEquals(meetings.get(0).getStartsAt(), listing.nextMeeting());

        // Closed, it takes nobody and its meetings to come are cancelled.
        coordinator.call(() -> sets.close(set.getId()));
        assertEquals("set.closed", key(assertThrows(RejectedException.class, () -> learner.call(() -> memberships.ask(set.getId())))));
        assertEquals(3, data.count("select count(*) from set_meeting where cancelled_at is not null and learning_set_id = " + set.getId()));
    }

    @Test
    void anOpenCommunityTakesPeopleInAtOnce() throws Exception {
        LearningSet community = new LearningSet();
        community.setKind(SetKind.COMMUNITY_OF_PRACTICE);
        community.setName("Programme leads " + tag);
        community.setPurpose(SetPurpose.PROGRAMME_LEADS);
        community.setJoining(Joining.OPEN);
        community.setPlaces(null);
        LearningSet saved = coordinator.call(() -> sets.save(community, null));
        Person person = data.person(agency, null, data.person(agency, null, null));
        data.signIn(Role.LEARNER, person);
        assertTrue(learner.call(() -> memberships.open()).stream().anyMatch(o -> o.set().getId().equals(saved.getId()) && o.mine() == null));
        assertEquals(MemberStatus.MEMBER, learner.call(() -> memberships.ask(saved.getId())).getStatus());
        assertEquals(List.of(saved.getId()), learner.call(() -> memberships.mine()).stream().map(m -> m.member().getSet().getId()).toList());
        // Invitation-only sets are not offered, nor may one apply to them.
        LearningSet byInvitation = newSet(Joining.INVITATION, 8);
        assertFalse(learner.call(() -> memberships.open()).stream().anyMatch(o -> o.set().getId().equals(byInvitation.getId())));
        assertEquals("set.byInvitation", key(assertThrows(RejectedException.class, () -> learner.call(() -> memberships.ask(byInvitation.getId())))));
    }

    /** A set with a trained facilitator and two members, and a meeting that began an hour ago. */
    private record Running(LearningSet set, Person lead, Person member, Person other, SetMeeting held, SetMember membership) {
    }

    private Running running() throws Exception {
        LearningSet set = newSet(Joining.INVITATION, 8);
        Person lead = data.person(agency, null, null);
        data.signIn(Role.FACILITATOR, lead);
        Course course = coordinator.call(() -> {
            Course training = new Course("Facilitating action learning " + tag, "Three days.", DeliveryMode.IN_PERSON, 1080, "Us");
            training.setTrainsFacilitators(true);
            return courses.save(training, java.util.Set.of("CHILD_PROTECTION"), java.util.Set.of(data.ids("select id from workforce_group order by id").get(0)),
                    java.util.Set.of());
        });
        data.learningRecord(lead, course, LearningRecordKind.EQUIVALENT, LocalDate.now().minusMonths(2));
        LearningSetService.Facilitator candidate = coordinator.call(() -> sets.candidates(set.getId())).stream()
                .filter(c -> c.person().getId().equals(lead.getId())).findFirst().orElseThrow();
        assertEquals(LocalDate.now().minusMonths(2), candidate.standing().trainedOn());
        assertEquals(0, candidate.standing().meetingsSince());
        coordinator.call(() -> sets.addFacilitator(set.getId(), lead.getId()));
        assertEquals("set.facilitator.unknown", key(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> sets.addFacilitator(set.getId(), -1L)))));

        Person boss = data.person(agency, null, null);
        Person member = data.person(agency, null, boss);
        Person other = data.person(agency, null, null);
        SetMember membership = null;
        for (Person person : List.of(member, other)) {
            SetMember invited = coordinator.call(() -> sets.invite(set.getId(), person.getWorkEmail()));
            data.signIn(Role.LEARNER, person);
            SetMember joined = learner.call(() -> memberships.accept(invited.getId()));
            membership = membership == null ? joined : membership;
        }
        SetMeeting meeting = coordinator.call(() -> sets.schedule(set.getId(), LocalDateTime.now(ZONE).plusDays(1), 1, Cadence.MONTHLY)).get(0);
        data.execute("update set_meeting set starts_at = ?, ends_at = ? where id = ?", java.time.OffsetDateTime.now().minusHours(1),
                java.time.OffsetDateTime.now().plusHours(1), meeting.getId());
        data.execute("update set_member set joined_on = ? where learning_set_id = ?", LocalDate.now().minusDays(1), set.getId());
        return new Running(set, lead, member, other, meeting, membership);
    }

    @Test
    void aFacilitatorRecordsAttendanceAndThemesOfTheirOwnSetsMeetingsOnly() throws Exception {
        Running run = running();
        List<SetTheme> offered = facilitator.call(() -> facilitation.sheet(run.held().getId())).themes();
        Long theme = offered.get(0).getId();
        // Every member marked, themes from the list, 1 to 50 problems: each problem named.
        RejectedException missing = assertThrows(RejectedException.class, () -> facilitator.call(() -> facilitation.record(run.held().getId(),
                Map.of(run.member().getId(), MeetingMark.ATTENDED), Map.of(theme, 0, -5L, 1))));
        assertEquals(List.of("set.meeting.markRequired", "set.meeting.problemsRange", "set.meeting.themeUnknown"),
                missing.getProblems().stream().map(p -> p.messageKey()).sorted().toList());
        facilitator.call(() -> facilitation.record(run.held().getId(), Map.of(run.member().getId(), MeetingMark.ATTENDED,
                run.other().getId(), MeetingMark.APOLOGIES), Map.of(theme, 2)));
        assertEquals(1, data.count("select count(*) from set_attendance where mark = 'ATTENDED' and set_meeting_id = " + run.held().getId()));
        assertEquals(2, data.count("select problems from meeting_theme where set_meeting_id = " + run.held().getId()));
        LearningSetService.Facilitator lead = coordinator.call(() -> sets.facilitators(run.set().getId())).get(0);
        assertEquals(1, lead.standing().meetingsSince());
        assertEquals(1, lead.standing().setsSince());

        // A retired theme is no longer offered, but the meeting that raised it keeps it.
        coordinator.call(() -> themes.retire(theme));
        try {
            assertFalse(facilitator.call(() -> themes.active()).stream().anyMatch(t -> t.getId().equals(theme)));
            assertTrue(facilitator.call(() -> facilitation.sheet(run.held().getId())).themes().stream().anyMatch(t -> t.getId().equals(theme)));
        } finally {
            coordinator.call(() -> themes.reinstate(theme));
        }

        // Another facilitator finds neither the set nor its meeting; a meeting to come cannot be recorded yet.
        data.signIn(Role.FACILITATOR, data.person(agency, null, null));
        assertThrows(NotFoundException.class, () -> facilitator.call(() -> facilitation.set(run.set().getId())));
        assertThrows(NotFoundException.class, () -> facilitator.call(() -> facilitation.sheet(run.held().getId())));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> facilitation.mine()));

        // The programme's figures: the set runs this quarter, one meeting, half the marks attended; the theme counted.
        ProgrammeService.Dashboard dashboard = coordinator.call(() -> programme.dashboard(null, null));
        assertTrue(dashboard.programme().sets().stream().anyMatch(s -> s.id() == run.set().getId() && s.meetings() == 1 && s.marked() == 2
                && s.attended() == 1 && s.members() == 2));
        ProgrammeTables.Table sets = dashboard.tables().get(0);
        assertTrue(sets.rows().stream().anyMatch(r -> r.get(0).equals(run.set().getName()) && r.get(2).equals("*")),
                "two members are too few to show: " + sets.rows());
        assertEquals("kpi.quarter.future", key(assertThrows(RejectedException.class, () -> coordinator.call(() -> programme.dashboard("2999-Q1", null)))));
        assertEquals("kpi.quarter.invalid", key(assertThrows(RejectedException.class, () -> coordinator.call(() -> programme.dashboard("Q5", null)))));
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> programme.dashboard(null, -1L)));
    }

    @Test
    void reflectiveLogsAreTheirAuthorsUnlessSharedReachSubjectAccessAndGoByTheirRule() throws Exception {
        Running run = running();
        facilitator.call(() -> facilitation.record(run.held().getId(), Map.of(run.member().getId(), MeetingMark.ATTENDED,
                run.other().getId(), MeetingMark.ABSENT), Map.of()));
        data.signIn(Role.LEARNER, run.member());
        RejectedException empty = assertThrows(RejectedException.class,
                () -> learner.call(() -> logs.save(run.set().getId(), null, null, LocalDate.now().plusDays(1), " ", false)));
        assertEquals(List.of("text:log.text.required", "writtenOn:log.writtenOn.future"),
                empty.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        ReflectiveLogEntry kept = learner.call(() -> logs.save(run.set().getId(), null, run.held().getId(), LocalDate.now(),
                "Private thought " + tag, false));
        ReflectiveLogEntry shared = learner.call(() -> logs.save(run.set().getId(), null, null, LocalDate.now(), "Shared thought " + tag, true));

        // The facilitator reads the shared entry only, and the reading is audited; their own log is theirs.
        List<ReflectiveLogEntry> read = facilitator.call(() -> facilitation.shared(run.set().getId()));
        assertEquals(List.of(shared.getId()), read.stream().map(ReflectiveLogEntry::getId).toList());
        assertEquals(1, data.count("select count(*) from audit_entry where action = 'VIEWED' and target_type = 'ReflectiveLogEntry'"
                + " and target_id = " + shared.getId()));
        data.signIn(Role.FACILITATOR, run.lead());
        ReflectiveLogEntry own = facilitator.call(() -> logs.save(run.set().getId(), null, null, LocalDate.now(), "Facilitator " + tag, false));
        assertEquals("log.shared.facilitator", key(assertThrows(RejectedException.class,
                () -> facilitator.call(() -> logs.save(run.set().getId(), own.getId(), null, LocalDate.now(), "x", true)))));
        assertEquals(List.of(own.getId()), facilitator.call(() -> logs.log(run.set().getId())).entries().stream().map(ReflectiveLogEntry::getId).toList());

        // The learning team, and another member, find nobody's log but their own.
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> logs.log(run.set().getId())));
        data.signIn(Role.LEARNER, run.other());
        assertEquals(List.of(), learner.call(() -> logs.log(run.set().getId())).entries());
        assertThrows(NotFoundException.class, () -> learner.call(() -> logs.save(run.set().getId(), kept.getId(), null, LocalDate.now(), "mine", false)));
        assertThrows(NotFoundException.class, () -> learner.call(() -> {
            logs.delete(kept.getId());
            return null;
        }));

        // Subject access: the member's entries and their attendance are in their data.
        data.signIn(Role.DPO, data.person(agency, null, null));
        JsonObject tables = Json.createReader(new StringReader(dpo.call(() -> subjectAccess.of(run.member().getId())))).readObject().getJsonObject("tables");
        String entries = tables.getJsonArray("reflective_log_entry").toString();
        assertTrue(entries.contains("Private thought " + tag) && entries.contains("Shared thought " + tag), entries);
        assertTrue(tables.getJsonArray("set_attendance").toString().contains("ATTENDED"), tables.toString());
        assertTrue(tables.getJsonArray("set_member").toString().contains("MEMBER"), tables.toString());

        // Two years after the member left, their entries go; the facilitator's stay while the set runs.
        data.signIn(Role.LEARNER, run.member());
        learner.call(() -> memberships.leave(run.membership().getId()));
        data.execute("update set_member set left_on = ? where id = ?", LocalDate.now().minusYears(3), run.membership().getId());
        assertTrue(dpo.call(() -> sweep.runNow(true)).count(RecordType.REFLECTIVE_LOG).getDone() >= 2, "the member's two entries are due");
        dpo.call(() -> sweep.runNow(false));
        assertEquals(0, data.count("select count(*) from reflective_log_entry where author_person_id = " + run.member().getId()));
        assertEquals(1, data.count("select count(*) from reflective_log_entry where author_person_id = " + run.lead().getId()));
        assertEquals(1, data.count("select count(*) from set_attendance where person_id = " + run.member().getId()), "attendance stays");
    }

    @Test
    void membersAndTheirManagersAreAskedTheQuestionnaireAtJoiningAndAtEachCheckpoint() throws Exception {
        Running run = running();
        assertTrue(questionnaires.due(0, 10_000).contains(run.membership().getId()));
        questionnaires.issue(run.membership().getId());
        questionnaires.issue(run.membership().getId());
        assertEquals(List.of("JOIN:LEARNER", "JOIN:MANAGER"), data.rows("select q.follow_up, s.respondent from evaluation_request q"
                + " join question_set s on s.id = q.question_set_id where q.set_member_id = " + run.membership().getId()
                + " order by s.respondent").stream().map(r -> r.get(0).strip() + ":" + r.get(1).strip()).toList(), "once each");
        assertTrue(kinds(run.member()).contains(MailKind.SET_QUESTIONNAIRE));
        assertTrue(data.outboxTo(data.rows("select p.work_email from person p join person m on m.line_manager_id = p.id where m.id = "
                + run.member().getId()).get(0).get(0)).stream().anyMatch(m -> m.getKind() == MailKind.SET_QUESTIONNAIRE_MANAGER));

        // The member answers from My learning; the answers count for the set, at joining.
        data.signIn(Role.LEARNER, run.member());
        EvaluationRequest request = learner.call(() -> evaluations.mine()).stream().filter(r -> r.getSetMember() != null
                && r.getSetMember().getId().equals(run.membership().getId())).findFirst().orElseThrow();
        EvaluationForm form = learner.call(() -> evaluations.mine(request.getId()));
        assertEquals(EvaluationForm.State.OPEN, form.state());
        List<Answer> answers = form.items().stream().map(item -> switch (item.question().getKind()) {
            case LIKERT -> new Answer(3, null, null, null, List.of());
            default -> Answer.none();
        }).toList();
        learner.call(() -> {
            evaluations.answerMine(request.getId(), answers);
            return null;
        });
        assertEquals(1, data.count("select count(*) from evaluation_response where learning_set_id = " + run.set().getId()
                + " and follow_up = 'JOIN' and course_id is null"));
        ProgrammeService.Dashboard dashboard = coordinator.call(() -> programme.dashboard(null, run.set().getId()));
        assertTrue(dashboard.programme().results().stream().anyMatch(r -> r.checkpoint().equals("JOIN") && r.answers() == 1 && r.value() == 3.0),
                dashboard.programme().results().toString());

        // Three months on, the next checkpoint falls due; one who left is not followed further.
        data.execute("update set_member set joined_on = ? where id = ?", LocalDate.now().minusMonths(3), run.membership().getId());
        questionnaires.issue(run.membership().getId());
        assertEquals(1, data.count("select count(*) from evaluation_request where follow_up = 'P3M' and set_member_id = "
                + run.membership().getId() + " and question_set_id = 4"));
        learner.call(() -> memberships.leave(run.membership().getId()));
        data.execute("update set_member set joined_on = ? where id = ?", LocalDate.now().minusMonths(6), run.membership().getId());
        assertFalse(questionnaires.due(0, 10_000).contains(run.membership().getId()));
    }
}
