package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.organisation.DuplicateOrganisationNameException;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.ReferenceDataService;

@ExtendWith(ArquillianExtension.class)
class OrganisationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private OrganisationService organisations;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Admin admin;

    private String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Set<CouncilArea> areas(String... names) {
        Set<CouncilArea> areas = new LinkedHashSet<>();
        for (CouncilArea area : referenceData.councilAreas()) {
            if (List.of(names).contains(area.getName())) {
                areas.add(area);
            }
        }
        return areas;
    }

    private long countNamed(String text) throws Exception {
        return admin.call(() -> organisations.search(text, true, new PageRequest(0, 10)).total());
    }

    @Test
    void createsFindsAndEditsAnOrganisation() throws Exception {
        String name = unique("Tayside Carers Centre");
        Organisation created = admin.call(() -> organisations.create(
                new Organisation("  " + name + "  ", AgencyType.THIRD_SECTOR, areas("Dundee City", "Angus"))));

        Organisation found = admin.call(() -> organisations.find(created.getId()));
        assertEquals(name, found.getName());
        assertEquals(Set.of("Dundee City", "Angus"), Set.copyOf(found.getCouncilAreas().stream().map(CouncilArea::getName).toList()));

        found.setAgencyType(AgencyType.HOUSING);
        found.setCouncilAreas(areas("Fife"));
        admin.call(() -> organisations.update(found));
        Organisation edited = admin.call(() -> organisations.find(created.getId()));
        assertEquals(AgencyType.HOUSING, edited.getAgencyType());
        assertEquals(1, edited.getCouncilAreas().size());
    }

    @Test
    void anEmptyNameIsRejectedOnItsFieldAndNothingIsSaved() throws Exception {
        long before = countNamed("");
        RejectedException rejected = assertThrows(RejectedException.class, () -> admin.call(() -> organisations.create(
                new Organisation("   ", AgencyType.POLICE, areas("Stirling")))));
        assertEquals("name", rejected.getProblems().get(0).field());
        assertEquals("organisation.name.required", rejected.getProblems().get(0).messageKey());
        assertEquals(before, countNamed(""));
    }

    @Test
    void anOrganisationWithoutCouncilAreasOrTypeIsRejected() throws Exception {
        RejectedException rejected = assertThrows(RejectedException.class, () -> admin.call(() -> organisations.create(
                new Organisation(unique("Nowhere Trust"), null, Set.of()))));
        assertEquals(List.of("agencyType", "councilAreas"), rejected.getProblems().stream().map(p -> p.field()).toList());
    }

    @Test
    void aDuplicateNameIgnoringCaseAndSpacingIsRejectedAndNothingIsSaved() throws Exception {
        String name = unique("Forth Valley Advocacy");
        admin.call(() -> organisations.create(new Organisation(name, AgencyType.THIRD_SECTOR, areas("Falkirk"))));
        String shouted = "  " + name.toUpperCase().replace(" ", "   ") + " ";
        DuplicateOrganisationNameException duplicate = assertThrows(DuplicateOrganisationNameException.class,
                () -> admin.call(() -> organisations.create(new Organisation(shouted, AgencyType.HOUSING, areas("Falkirk")))));
        assertEquals("organisation.name.duplicate", duplicate.getProblems().get(0).messageKey());
        assertEquals(1, countNamed(name));
    }

    @Test
    void renamingOntoAnotherOrganisationsNameIsRejected() throws Exception {
        String first = unique("Alpha Housing");
        String second = unique("Beta Housing");
        admin.call(() -> organisations.create(new Organisation(first, AgencyType.HOUSING, areas("Fife"))));
        Organisation other = admin.call(() -> organisations.create(new Organisation(second, AgencyType.HOUSING, areas("Fife"))));
        Organisation renamed = admin.call(() -> organisations.find(other.getId()));
        renamed.setName(first);
        assertThrows(DuplicateOrganisationNameException.class, () -> admin.call(() -> organisations.update(renamed)));
        assertEquals(second, admin.call(() -> organisations.find(other.getId())).getName());
    }

    @Test
    void deactivatedOrganisationsLeaveTheDefaultListButAreKept() throws Exception {
        String name = unique("Closing Service");
        Organisation created = admin.call(() -> organisations.create(new Organisation(name, AgencyType.PRIVATE_PROVIDER, areas("Moray"))));
        admin.call(() -> { organisations.deactivate(created.getId()); return null; });
        assertEquals(0, admin.call(() -> organisations.search(name, false, new PageRequest(0, 10)).total()));
        assertEquals(1, countNamed(name));
        assertFalse(admin.call(() -> organisations.find(created.getId())).isActive());
        admin.call(() -> { organisations.reactivate(created.getId()); return null; });
        assertTrue(admin.call(() -> organisations.find(created.getId())).isActive());
    }

    @Test
    void searchIsPagedAndAnUnknownIdIsNotFound() throws Exception {
        String prefix = unique("Paging Test");
        for (int i = 0; i < 5; i++) {
            String name = prefix + " " + i;
            admin.call(() -> organisations.create(new Organisation(name, AgencyType.EDUCATION_PROVIDER, areas("Highland"))));
        }
        var page = admin.call(() -> organisations.search(prefix.toLowerCase(), false, new PageRequest(2, 2)));
        assertEquals(5, page.total());
        assertEquals(List.of(prefix + " 2", prefix + " 3"), page.rows().stream().map(Organisation::getName).toList());
        assertThrows(NotFoundException.class, () -> admin.call(() -> organisations.find(Long.MAX_VALUE)));
    }
}
