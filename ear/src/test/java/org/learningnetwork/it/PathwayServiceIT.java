package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.AssignedBy;
import org.learningnetwork.pathway.LearningRequirement;
import org.learningnetwork.pathway.PathwayService;
import org.learningnetwork.pathway.PathwayService.Pathway;
import org.learningnetwork.pathway.PathwayService.Row;
import org.learningnetwork.pathway.PathwayService.Team;
import org.learningnetwork.pathway.PathwayState;
import org.learningnetwork.pathway.RoleProfile;
import org.learningnetwork.pathway.RoleProfileService;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Role profiles and learning requirements as the learning team keeps them, and pathways as a learner, their line
 * manager and the learning team see them: standings from learning records, the sessions that close a gap, a manager's
 * reach limited to their own staff, and a profile placing its holder in its workforce groups.
 */
@ExtendWith(ArquillianExtension.class)
class PathwayServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private PathwayService pathways;

    @Inject
    private RoleProfileService profiles;

    @Inject
    private CourseService courses;

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

    private Framework cp;
    private WorkforceGroup wider;
    private WorkforceGroup specific;
    private Organisation agency;
    private Person boss;
    private Course general;
    private Course generalOnline;
    private Course chronologies;
    private LearningRequirement everyThreeYears;
    private LearningRequirement once;
    private RoleProfile socialWorker;

    @BeforeEach
    void setUp() throws Exception {
        cp = referenceData.frameworks().get(0);
        wider = cp.getGroups().get(0);
        specific = cp.getGroups().get(2);
        agency = data.organisation("Dundee City");
        boss = data.person(agency, specific, null);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        String tag = Long.toString(System.nanoTime());
        general = course("General contact " + tag, DeliveryMode.IN_PERSON);
        generalOnline = course("General contact e-learning " + tag, DeliveryMode.E_LEARNING);
        chronologies = course("Chronologies " + tag, DeliveryMode.ONLINE_LIVE);
        everyThreeYears = coordinator.call(() -> profiles.save(new LearningRequirement("Child protection, general " + tag, 36),
                Set.of(general.getId(), generalOnline.getId())));
        once = coordinator.call(() -> profiles.save(new LearningRequirement("Chronologies " + tag, null), Set.of(chronologies.getId())));
        socialWorker = coordinator.call(() -> profiles.save(new RoleProfile("SW-" + tag, "Social worker " + tag), Set.of(specific.getId()),
                List.of(everyThreeYears.getId(), once.getId())));
    }

    private Course course(String title, DeliveryMode mode) throws Exception {
        Course course = new Course(title, "About", mode, 120, "Tayside");
        return coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(wider.getId()), Set.of()));
    }

    private Person staff() {
        return data.person(agency, wider, boss);
    }

    private static Map<String, Row> byName(Pathway pathway) {
        return pathway.rows().stream().collect(Collectors.toMap(r -> r.requirement().getName(), r -> r));
    }

    @Test
    void aLearnersPathwayStandsOnTheirRecordsAndOffersTheNextSessions() throws Exception {
        Person person = staff();
        manager.call(() -> pathways.assign(person.getId(), socialWorker.getId()));
        LocalDate today = LocalDate.now();
        data.learningRecord(person, generalOnline, LearningRecordKind.COMPLETED, today.minusMonths(36).plusDays(30));
        data.learningRecord(person, chronologies, LearningRecordKind.PARTIAL, today.minusDays(10));
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        CourseSession next = coordinator.call(() -> courses.saveSession(new CourseSession(general, start, start.plus(Duration.ofHours(2)), 12,
                Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofDays(2))), Set.of()));
        data.signIn(Role.LEARNER, person);

        Pathway mine = learner.call(() -> pathways.mine());
        assertEquals(List.of(socialWorker.getId()), mine.profiles().stream().map(h -> h.getRoleProfile().getId()).toList());
        assertEquals(AssignedBy.MANAGER, mine.profiles().get(0).getAssignedBy());
        Row general3 = byName(mine).get(everyThreeYears.getName());
        assertEquals(PathwayState.DUE_SOON, general3.getState(), "the e-learning counts, and it lapses within 90 days");
        assertEquals(today.plusDays(30), general3.standing().dueOn());
        assertEquals(List.of(next.getId()), general3.nextSessions().stream().map(CourseSession::getId).toList());
        assertEquals(PathwayState.NOT_STARTED, byName(mine).get(once.getName()).getState(), "attending in part does not count");
        assertEquals(List.of(PathwayState.NOT_STARTED, PathwayState.DUE_SOON), mine.rows().stream().map(Row::getState).toList(),
                "worst first");
        assertEquals(1, mine.count(PathwayState.DUE_SOON));
        Number placedIn = (Number) data.value("select workforce_group_id from person_workforce_group where person_id = "
                + person.getId() + " and framework_code = '" + cp.getCode() + "'");
        assertEquals(specific.getId().longValue(), placedIn.longValue(), "the role profile placed them in its workforce group");
    }

    @Test
    void aManagerSeesAndChangesOnlyTheirOwnStaff() throws Exception {
        Person mine = staff();
        Person someoneElses = data.person(agency, wider, data.person(agency, wider, null));
        manager.call(() -> pathways.assign(mine.getId(), socialWorker.getId()));
        data.learningRecord(mine, chronologies, LearningRecordKind.EQUIVALENT, LocalDate.now().minusYears(8));
        data.learningRecord(mine, general, LearningRecordKind.COMPLETED, LocalDate.now().minusMonths(40));

        Team team = manager.call(() -> pathways.team());
        PathwayService.Member member = team.members().stream().filter(m -> m.person().getId().equals(mine.getId())).findFirst().orElseThrow();
        assertEquals(PathwayState.OVERDUE, member.standing(everyThreeYears.getId()).state());
        assertEquals(PathwayState.MET, member.standing(once.getId()).state(), "once is enough, eight years on");
        assertEquals(PathwayState.OVERDUE, member.getWorst());
        assertTrue(team.members().stream().noneMatch(m -> m.person().getId().equals(someoneElses.getId())));

        assertThrows(NotFoundException.class, () -> manager.call(() -> pathways.of(someoneElses.getId())));
        assertThrows(NotFoundException.class, () -> manager.call(() -> pathways.assign(someoneElses.getId(), socialWorker.getId())));
        assertEquals(2, coordinator.call(() -> pathways.of(mine.getId())).rows().size(), "the learning team sees anyone");
        assertEquals("pathway.profile.already", assertThrows(RejectedException.class,
                () -> manager.call(() -> pathways.assign(mine.getId(), socialWorker.getId()))).getProblems().get(0).messageKey());
        manager.call(() -> {
            pathways.remove(mine.getId(), socialWorker.getId());
            return null;
        });
        assertTrue(manager.call(() -> pathways.of(mine.getId())).rows().isEmpty());
        assertThrows(EJBAccessException.class, () -> learner.call(() -> pathways.of(mine.getId())));
    }

    @Test
    void aRetiredRequirementOrProfileAsksNothing() throws Exception {
        Person person = staff();
        coordinator.call(() -> pathways.assign(person.getId(), socialWorker.getId()));
        LearningRequirement retired = coordinator.call(() -> profiles.requirement(once.getId()));
        retired.setActive(false);
        coordinator.call(() -> profiles.save(retired, Set.of(chronologies.getId())));
        assertEquals(List.of(everyThreeYears.getName()),
                coordinator.call(() -> pathways.of(person.getId())).rows().stream().map(r -> r.requirement().getName()).toList());
        assertEquals(AssignedBy.LEARNING_TEAM, coordinator.call(() -> pathways.of(person.getId())).profiles().get(0).getAssignedBy());
    }

    @Test
    void theLearningTeamKeepsProfilesAndRequirementsWithEveryMistakeNamed() throws Exception {
        String tag = Long.toString(System.nanoTime());
        RejectedException profile = assertThrows(RejectedException.class, () -> coordinator.call(() -> profiles.save(
                new RoleProfile(socialWorker.getCode().toLowerCase(), "bad code!"), Set.of(wider.getId(), specific.getId()), List.of())));
        assertEquals(Set.of("workforceGroups:roleProfile.groups.onePerFramework", "code:roleProfile.code.taken"),
                profile.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet()));
        RejectedException code = assertThrows(RejectedException.class, () -> coordinator.call(() -> profiles.save(
                new RoleProfile("has space " + tag, "Name " + tag), Set.of(), List.of())));
        assertEquals(List.of("code:roleProfile.code.pattern"),
                code.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        RejectedException requirement = assertThrows(RejectedException.class, () -> coordinator.call(() -> profiles.save(
                new LearningRequirement(everyThreeYears.getName().toUpperCase(), 0), Set.of())));
        assertEquals(Set.of("name:requirement.name.taken", "refreshMonths:requirement.refresh.range", "courses:requirement.courses.required"),
                requirement.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet()));
        long holders = coordinator.call(() -> profiles.holders(socialWorker.getId()));
        assertEquals(0, holders, "nobody holds it until given");
        assertThrows(EJBAccessException.class, () -> manager.call(() -> profiles.profiles()));
    }
}
