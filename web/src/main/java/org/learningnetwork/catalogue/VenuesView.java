package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The learning team's list of venues ({@code ?retired=true} with the retired ones): rooms, sessions to come, status. */
@Named
@RequestScoped
public class VenuesView {

    @Inject
    private VenueService venues;

    private boolean retired;
    private List<VenueService.Listing> listings;

    public void load() {
        listings = venues.list(retired);
    }

    public List<VenueService.Listing> getListings() {
        return listings;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
