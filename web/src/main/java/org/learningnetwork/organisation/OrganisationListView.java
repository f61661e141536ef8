package org.learningnetwork.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningnetwork.platform.PagedModel;

/** The list of partner organisations: a text search (in the address, so it can be bookmarked) and a paged table. */
@Named
@ViewScoped
public class OrganisationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    private String query;
    private boolean includeInactive;
    private PagedModel<Organisation> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> organisations.search(query, includeInactive, page));
    }

    public PagedModel<Organisation> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
