package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/** The migrations ran on deployment and loaded the reference data. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private ReferenceDataService referenceData;

    @Test
    void all32CouncilAreasAreInFourLearningNetworkRegions() {
        List<CouncilArea> areas = referenceData.councilAreas();
        assertEquals(32, areas.size());
        assertEquals(4, areas.stream().map(a -> a.getRegion().getName()).distinct().count());
        CouncilArea clackmannanshire = areas.stream().filter(a -> a.getGssCode().equals("S12000005")).findFirst().orElseThrow();
        assertEquals("Clackmannanshire", clackmannanshire.getName());
        assertEquals("Tayforth", clackmannanshire.getRegion().getName());
        assertEquals(List.of("North of Scotland", "Tayforth", "South East Scotland", "West of Scotland"),
                referenceData.regions().stream().map(r -> r.getName()).toList());
    }

    @Test
    void frameworksListTheirWorkforceGroupsLowestFirst() {
        List<Framework> frameworks = referenceData.frameworks();
        assertEquals(List.of("CP_2024", "CP_2012", "ASP", "VAWG", "MAPPA", "JSW"), frameworks.stream().map(Framework::getCode).toList());
        assertEquals(List.of("WIDER", "GENERAL", "SPECIFIC", "INTENSIVE"),
                frameworks.get(0).getGroups().stream().map(WorkforceGroup::getCode).toList());
        assertEquals(List.of("GENERAL_CONTACT", "SPECIFIC_CONTACT", "INTENSIVE_CONTACT"),
                frameworks.get(1).getGroups().stream().map(WorkforceGroup::getCode).toList());
    }

    @Test
    void strandsAndQualificationsAreLoaded() {
        assertEquals(8, referenceData.strands().size());
        assertEquals("Child protection", referenceData.strands().get(0).getName());
        // The reference catalogue (qualifications.csv) and the HNC and post-qualifying awards added with it; the learning
        // team may add more, so other tests' additions may be there too.
        java.util.List<String> codes = referenceData.qualifications().stream().map(q -> q.getCode()).toList();
        org.junit.jupiter.api.Assertions.assertTrue(codes.containsAll(java.util.List.of("SVQ2_SSHC", "SVQ2_SSCYP", "SVQ3_SSHC", "SVQ3_SSCYP",
                "SVQ4_SSHC", "SVQ4_SSCYP", "SVQ_CSLM", "PLQ1", "PLQ2", "PLQ3", "PLQ4", "BA_SW", "HNC_SS", "PQ_MHO", "PQ_CP", "PQ_ASP")),
                codes.toString());
        assertEquals(60, referenceData.qualifications().stream()
                .filter(q -> q.getCode().equals("PLQ3")).findFirst().orElseThrow().getCredits());
    }
}
