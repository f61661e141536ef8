package org.learningnetwork.actionlearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The learning team's list of sets and communities of practice ({@code ?closed=true} with the closed ones). */
@Named
@RequestScoped
public class LearningSetsView {

    @Inject
    private LearningSetService sets;

    private boolean closed;
    private List<LearningSetService.Listing> listings;

    public void load() {
        listings = sets.list(closed);
    }

    public List<LearningSetService.Listing> getListings() {
        return listings;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
