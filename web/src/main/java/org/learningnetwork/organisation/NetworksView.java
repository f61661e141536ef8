package org.learningnetwork.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The learning networks: each region's council areas, the partnership serving each, and the organisations working there. */
@Named
@RequestScoped
public class NetworksView {

    @Inject
    private PartnershipService partnerships;

    private List<PartnershipService.Region> regions;

    public void load() {
        regions = partnerships.networks();
    }

    public List<PartnershipService.Region> getRegions() {
        return regions;
    }
}
