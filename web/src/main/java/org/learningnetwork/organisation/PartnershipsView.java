package org.learningnetwork.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The partnerships the learning team works for ({@code ?retired=true} with the retired ones): areas, partners, coordinators. */
@Named
@RequestScoped
public class PartnershipsView {

    @Inject
    private PartnershipService partnerships;

    private boolean retired;
    private List<PartnershipService.Listing> listings;
    private boolean mayAdd;

    public void load() {
        listings = partnerships.list(retired);
        mayAdd = partnerships.mayAdd();
    }

    public List<PartnershipService.Listing> getListings() {
        return listings;
    }

    /** Whether the caller works for every partnership, and so may add one. */
    public boolean isMayAdd() {
        return mayAdd;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
