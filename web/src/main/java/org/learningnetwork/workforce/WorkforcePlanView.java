package org.learningnetwork.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.reference.Qualification;

/**
 * The learning team's workforce-planning report ({@code /coordinator/workforce.xhtml?network=&partnership=&agency=&qualification=}):
 * qualifiers expected per quarter and year, registration conditions at risk and the skills gap, by network, partnership
 * and agency.
 */
@Named
@RequestScoped
public class WorkforcePlanView {

    @Inject
    private WorkforcePlanService plans;

    @Inject
    private OrganisationService organisations;

    @Inject
    private QualificationService qualifications;

    @Inject
    private org.learningnetwork.organisation.PartnershipService partnershipService;

    @Inject
    private Messages messages;

    private String network;
    private String partnership;
    private String agency;
    private List<org.learningnetwork.organisation.PartnershipService.Listing> partnerships;
    private String qualification;
    private WorkforcePlan.Report report;

    public void load() {
        Long agencyId = null;
        if (agency != null && !agency.isBlank()) {
            try {
                agencyId = Long.valueOf(agency.strip());
            } catch (NumberFormatException e) {
                messages.error("agency", "workforce.agency.invalid");
            }
        }
        partnerships = partnershipService.list(false);
        Long partnershipId = null;
        if (partnership != null && !partnership.isBlank()) {
            partnershipId = partnerships.stream().map(l -> l.partnership().getId()).filter(id -> id.toString().equals(partnership.strip()))
                    .findFirst().orElse(null);
            if (partnershipId == null) {
                messages.error("partnership", "workforce.partnership.invalid");
            }
        }
        String network = this.network == null || this.network.isBlank() ? null : this.network;
        if (network != null && !plans.networks().contains(network)) {
            messages.error("network", "workforce.network.invalid");
            network = null;
        }
        report = plans.report(new WorkforcePlanService.Filter(network, partnershipId, agencyId,
                qualification == null || qualification.isBlank() ? null : qualification.strip()));
    }

    /** The qualifiers chart: expected qualifiers per quarter, one bar per quarter, all qualifications together. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int i = 0; i < report.quarters().size(); i++) {
            Quarter quarter = report.quarters().get(i);
            labels.add(quarter.code());
            int index = i;
            data.add(report.qualifiers().stream().mapToLong(q -> q.perQuarter().get(index)).sum());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("workforce.chart.qualifiers")).add("data", data)
                                .add("backgroundColor", "#1d70b8"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    public List<String> getNetworks() {
        return plans.networks();
    }

    public List<Organisation> getAgencies() {
        return organisations.active();
    }

    public List<Qualification> getQualifications() {
        return qualifications.catalogue(true);
    }

    public WorkforcePlan.Report getReport() {
        return report;
    }

    /** The query string of the filters shown, for the downloads. */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "network", network);
        append(query, "partnership", partnership);
        append(query, "agency", agency);
        append(query, "qualification", qualification);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    /** The partnerships the caller works for, to narrow the report to one. */
    public List<org.learningnetwork.organisation.PartnershipService.Listing> getPartnerships() {
        return partnerships;
    }

    public String getPartnership() {
        return partnership;
    }

    public void setPartnership(String partnership) {
        this.partnership = partnership;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }
}
