package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.LearningRecordService;
import org.learningnetwork.organisation.Membership;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.organisation.Partnership;
import org.learningnetwork.organisation.PartnershipService;
import org.learningnetwork.people.Person;
import org.learningnetwork.people.PersonService;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.AccountService;
import org.learningnetwork.workforce.QualificationService;
import org.learningnetwork.workforce.WorkforcePlan;
import org.learningnetwork.workforce.WorkforcePlanService;

/**
 * Learning networks and partnerships: the regions' council areas and who serves them, partnerships with their areas
 * and partners (full or associate), who may book, and a coordinator scoped to partnerships seeing and keeping the people
 * of those only.
 */
@ExtendWith(ArquillianExtension.class)
class PartnershipServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private PartnershipService partnerships;

    @Inject
    private PersonService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private QualificationService qualifications;

    @Inject
    private LearningRecordService records;

    @Inject
    private WorkforcePlanService plans;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Admin admin;

    @Inject
    private AsRole.Learner learner;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void everyoneMayBookAndTheCoordinatorWorksForEveryPartnership() {
        data.coordinatorPartnerships();
        data.partnershipAreas();
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    private Partnership partnership(String name, String... areaNames) throws Exception {
        Set<String> codes = Set.copyOf(areaCodes(areaNames));
        Partnership form = new Partnership();
        form.setName(name + " " + tag);
        return coordinator.call(() -> partnerships.save(form, codes));
    }

    private List<String> areaCodes(String... names) throws Exception {
        return coordinator.call(() -> partnerships.networks()).stream().flatMap(r -> r.areas().stream())
                .filter(a -> List.of(names).contains(a.area().getName())).map(a -> a.area().getGssCode()).toList();
    }

    @Test
    void theNetworksShowEveryCouncilAreaInItsRegionAndThePartnershipServingIt() throws Exception {
        data.partnershipAreas();
        Partnership highland = partnership("Highland and Moray", "Highland", "Moray");
        var regions = coordinator.call(() -> partnerships.networks());
        assertEquals(4, regions.size(), "the four regional learning networks");
        assertEquals(32, regions.stream().mapToInt(r -> r.areas().size()).sum(), "Scotland's 32 council areas");
        var moray = regions.stream().flatMap(r -> r.areas().stream()).filter(a -> a.area().getName().equals("Moray")).findFirst().orElseThrow();
        assertEquals(highland.getId(), moray.partnership().getId());
        assertTrue(moray.yours());
        var fife = regions.stream().flatMap(r -> r.areas().stream()).filter(a -> a.area().getName().equals("Fife")).findFirst().orElseThrow();
        assertEquals(null, fife.partnership(), "an area no partnership serves");
    }

    @Test
    void aPartnershipServesAreasNoOtherServesAndEveryProblemIsSaidAtOnce() throws Exception {
        data.partnershipAreas();
        Partnership first = partnership("Grampian", "Aberdeen City", "Aberdeenshire");
        assertEquals(List.of("Aberdeen City", "Aberdeenshire"), first.getAreas().stream().map(a -> a.getName()).toList());

        Partnership clash = new Partnership();
        clash.setName(first.getName().toUpperCase());
        Set<String> aberdeen = Set.copyOf(areaCodes("Aberdeen City", "Moray"));
        assertEquals(List.of("name:partnership.name.taken", "areas:partnership.areas.taken"),
                keys(assertThrows(RejectedException.class, () -> coordinator.call(() -> partnerships.save(clash, aberdeen)))));
        RejectedException taken = assertThrows(RejectedException.class, () -> coordinator.call(() -> partnerships.save(clash, aberdeen)));
        assertEquals(List.of("Aberdeen City", first.getName()), taken.getProblems().get(1).arguments(), "the area and who serves it");

        Partnership blank = new Partnership();
        assertEquals(List.of("areas:partnership.areas.required", "name:partnership.name.required"),
                keys(assertThrows(RejectedException.class, () -> coordinator.call(() -> partnerships.save(blank, Set.of())))).stream()
                        .sorted().toList());
        assertEquals(List.of("areas:partnership.areas.unknown"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> partnerships.save(blank("Nowhere " + tag), Set.of("S99999999"))))));

        // Changed at the version read: the areas move, the rows of areas kept stay.
        Partnership read = coordinator.call(() -> partnerships.find(first.getId()));
        read.setName("Grampian and Moray " + tag);
        Set<String> three = Set.copyOf(areaCodes("Aberdeen City", "Aberdeenshire", "Moray"));
        Partnership changed = coordinator.call(() -> partnerships.save(read, three));
        assertEquals(List.of("Aberdeen City", "Aberdeenshire", "Moray"), changed.getAreas().stream().map(a -> a.getName()).toList());
        // A second change from the same (now stale) copy fails rather than overwriting.
        read.setName("Stale " + tag);
        EJBException stale = assertThrows(EJBException.class, () -> coordinator.call(() -> partnerships.save(read, three)));
        assertTrue(stale.getCausedByException() instanceof jakarta.persistence.OptimisticLockException
                || stale.getCause() instanceof jakarta.persistence.OptimisticLockException, String.valueOf(stale));
    }

    private static Partnership blank(String name) {
        Partnership partnership = new Partnership();
        partnership.setName(name);
        return partnership;
    }

    @Test
    void partnersAndTheAreasPeopleWorkInDecideWhoMayBook() throws Exception {
        data.partnershipAreas();
        Organisation inFife = data.organisation("Fife");
        Organisation inHighland = data.organisation("Highland");
        assertTrue(data.serves(inFife), "while no partnership serves an area, anyone may book");

        Partnership highland = partnership("Highland", "Highland");
        assertTrue(data.serves(inHighland), "working in one of its areas");
        assertFalse(data.serves(inFife));

        coordinator.call(() -> partnerships.admit(highland.getId(), inFife.getId(), Membership.ASSOCIATE));
        assertTrue(data.serves(inFife), "an associate from elsewhere");
        Partnership read = coordinator.call(() -> partnerships.find(highland.getId()));
        assertEquals(Map.of(inFife.getId(), Membership.ASSOCIATE), ids(read));
        coordinator.call(() -> partnerships.admit(highland.getId(), inFife.getId(), Membership.FULL));
        assertEquals(Map.of(inFife.getId(), Membership.FULL), ids(coordinator.call(() -> partnerships.find(highland.getId()))));
        assertFalse(coordinator.call(() -> partnerships.candidates(highland.getId())).stream().anyMatch(o -> o.getId().equals(inFife.getId())),
                "a partner is not offered again");

        coordinator.call(() -> partnerships.remove(highland.getId(), inFife.getId()));
        assertFalse(data.serves(inFife));
        coordinator.call(() -> partnerships.admit(highland.getId(), inFife.getId(), Membership.ASSOCIATE));
        coordinator.call(() -> partnerships.retire(highland.getId()));
        assertTrue(data.serves(inFife) && data.serves(inHighland), "a retired partnership limits nobody: no active one serves an area");
        coordinator.call(() -> partnerships.reinstate(highland.getId()));
        assertTrue(data.serves(inFife));

        assertEquals(List.of("organisation:partnership.organisation.unknown"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> partnerships.admit(highland.getId(), -5L, Membership.FULL)))));
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> partnerships.find(-5L)));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> partnerships.list(false)));
    }

    private static Map<Long, Membership> ids(Partnership partnership) {
        return partnership.getMemberList().stream().collect(java.util.stream.Collectors.toMap(p -> p.organisation().getId(),
                Partnership.Partner::membership));
    }

    @Test
    void aCoordinatorScopedToPartnershipsSeesAndKeepsTheirPeopleOnly() throws Exception {
        data.partnershipAreas();
        Partnership ours = partnership("Ours", "Orkney Islands");
        Partnership theirs = partnership("Theirs", "Shetland Islands");
        Organisation inOrkney = data.organisation("Orkney Islands");
        Organisation associate = data.organisation("Fife");
        Organisation inShetland = data.organisation("Shetland Islands");
        coordinator.call(() -> partnerships.admit(ours.getId(), associate.getId(), Membership.ASSOCIATE));
        Person orcadian = data.person(inOrkney, null, null);
        Person fifer = data.person(associate, null, null);
        Person shetlander = data.person(inShetland, null, null);
        data.signIn(Role.COORDINATOR, data.person(inOrkney, null, null));
        data.coordinatorPartnerships(ours.getId());

        List<Long> found = new java.util.ArrayList<>();
        for (Person each : List.of(orcadian, fifer, shetlander)) {
            coordinator.call(() -> people.search(each.getWorkEmail(), null, false, new PageRequest(0, 10))).rows().forEach(p -> found.add(p.getId()));
        }
        assertTrue(found.contains(orcadian.getId()) && found.contains(fifer.getId()), "their partnership's people, associates' too");
        assertFalse(found.contains(shetlander.getId()), "not another partnership's");
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> people.find(shetlander.getId())));
        assertEquals(orcadian.getId(), coordinator.call(() -> people.find(orcadian.getId())).getId());
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> qualifications.of(shetlander.getId())));
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> records.of(shetlander.getId())));
        assertEquals(orcadian.getId(), coordinator.call(() -> qualifications.of(orcadian.getId())).person().getId());

        // They place people in their partnership's organisations only.
        Person moved = coordinator.call(() -> people.find(orcadian.getId()));
        assertEquals(List.of("organisation:person.organisation.outOfScope"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> people.save(moved, inShetland.getId(), null, Map.of())))));
        List<Long> offered = coordinator.call(() -> organisations.active()).stream().map(Organisation::getId).toList();
        assertTrue(offered.contains(inOrkney.getId()) && offered.contains(associate.getId()) && !offered.contains(inShetland.getId()));

        // Their partnerships only, and they add or retire none.
        assertEquals(List.of(ours.getId()), coordinator.call(() -> partnerships.list(true)).stream().map(l -> l.partnership().getId()).toList());
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> partnerships.find(theirs.getId())));
        assertEquals(List.of("null:partnership.scoped"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> partnerships.save(blank("Another " + tag), Set.copyOf(areaCodes("Fife")))))));
        assertEquals(List.of("null:partnership.scoped"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> partnerships.retire(ours.getId())))));

        // The workforce plan counts their partnership's agencies only, whatever is asked. Each of the three is working
        // towards a qualification, recorded by the scoped coordinator for their own people, by the administrator else.
        for (Person each : List.of(orcadian, fifer, shetlander)) {
            org.learningnetwork.workforce.PersonQualification working = new org.learningnetwork.workforce.PersonQualification();
            working.setStatus(org.learningnetwork.workforce.QualificationStatus.IN_PROGRESS);
            working.setExpectedOn(java.time.LocalDate.now().plusMonths(8));
            (each == shetlander ? admin : coordinator).call(() -> qualifications.save(each.getId(), working, "SVQ3_SSHC"));
        }
        org.learningnetwork.workforce.PersonQualification elsewhere = new org.learningnetwork.workforce.PersonQualification();
        elsewhere.setStatus(org.learningnetwork.workforce.QualificationStatus.IN_PROGRESS);
        elsewhere.setExpectedOn(java.time.LocalDate.now().plusMonths(8));
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> qualifications.save(shetlander.getId(), elsewhere, "SVQ3_SSHC")));
        WorkforcePlan.Report report = coordinator.call(() -> plans.report(WorkforcePlanService.Filter.ALL));
        List<Long> agencies = report.agencies().stream().map(a -> a.agency().id()).toList();
        assertTrue(agencies.contains(inOrkney.getId()) && agencies.contains(associate.getId()), agencies.toString());
        assertFalse(agencies.contains(inShetland.getId()));
        assertTrue(coordinator.call(() -> plans.report(new WorkforcePlanService.Filter(null, theirs.getId(), null, null))).agencies().isEmpty());

        // Working for every partnership again, they see everyone; the administrator always does.
        data.coordinatorPartnerships();
        assertEquals(shetlander.getId(), coordinator.call(() -> people.find(shetlander.getId())).getId());
        List<Long> theirsOnly = coordinator.call(() -> plans.report(new WorkforcePlanService.Filter(null, theirs.getId(), null, null)))
                .agencies().stream().map(a -> a.agency().id()).toList();
        assertEquals(List.of(inShetland.getId()), theirsOnly.stream().filter(id -> List.of(inShetland.getId(), inOrkney.getId()).contains(id)).toList());
        assertEquals(shetlander.getId(), admin.call(() -> people.find(shetlander.getId())).getId());
    }

    @Test
    void theAdministratorGivesACoordinatorPartnerships() throws Exception {
        data.partnershipAreas();
        Partnership ours = partnership("Given", "Na h-Eileanan Siar");
        Person person = data.person(data.organisation("Na h-Eileanan Siar"), null, null);
        var account = admin.call(() -> accounts.invite(person.getId(), null, EnumSet.of(Role.LEARNER, Role.COORDINATOR), Set.of(),
                Set.of(ours.getId())));
        assertEquals(Set.of(ours.getId()), admin.call(() -> accounts.find(account.getId())).getPartnerships());
        assertEquals(1, coordinator.call(() -> partnerships.list(false)).stream().filter(l -> l.partnership().getId().equals(ours.getId()))
                .findFirst().orElseThrow().coordinators(), "the list counts the coordinators working for it");

        assertEquals(List.of("partnerships:account.partnerships.unknown"), keys(assertThrows(RejectedException.class,
                () -> admin.call(() -> {
                    accounts.changeRoles(account.getId(), EnumSet.of(Role.COORDINATOR), Set.of(), Set.of(ours.getId(), -7L));
                    return null;
                }))));
        // Roles changed without naming partnerships keep them; without the coordinator's role there are none.
        admin.call(() -> {
            accounts.changeRoles(account.getId(), EnumSet.of(Role.COORDINATOR, Role.MANAGER), Set.of());
            return null;
        });
        assertEquals(Set.of(ours.getId()), admin.call(() -> accounts.find(account.getId())).getPartnerships());
        assertEquals(List.of("partnerships:account.partnerships.withoutRole"), keys(assertThrows(RejectedException.class,
                () -> admin.call(() -> {
                    accounts.changeRoles(account.getId(), EnumSet.of(Role.LEARNER), Set.of(), Set.of(ours.getId()));
                    return null;
                }))));
        admin.call(() -> {
            accounts.changeRoles(account.getId(), EnumSet.of(Role.LEARNER), Set.of());
            return null;
        });
        assertEquals(Set.of(), admin.call(() -> accounts.find(account.getId())).getPartnerships());
        Person other = data.person(data.organisation("Na h-Eileanan Siar"), null, null);
        assertEquals(List.of("partnerships:account.partnerships.withoutRole"), keys(assertThrows(RejectedException.class,
                () -> admin.call(() -> accounts.invite(other.getId(), null, EnumSet.of(Role.LEARNER), Set.of(), Set.of(ours.getId()))))));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> partnerships.all()));
    }
}
