package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/** A venue's public page ({@code /venue.xhtml?id=}): how to get there, access information, and the sessions to come there. */
@Named
@RequestScoped
public class VenuePageView {

    @Inject
    private VenueService venues;

    private String id;
    private Venue venue;
    private List<CourseSession> sessions;

    public void load() {
        try {
            venue = venues.find(Long.parseLong(id == null ? "" : id.strip()));
            sessions = venues.sessionsToCome(venue.getId());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Venue getVenue() {
        return venue;
    }

    public List<CourseSession> getSessions() {
        return sessions;
    }
}
