package org.learningnetwork.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.platform.PagedModel;

/** The list of people: search by name or e-mail, filter by organisation, paged. */
@Named
@ViewScoped
public class PersonListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonService people;

    @Inject
    private OrganisationService organisations;

    private String query;
    private Long organisationId;
    private boolean includeInactive;
    private PagedModel<Person> model;
    private List<Organisation> organisationChoices;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> people.search(query, organisationId, includeInactive, page));
    }

    public List<Organisation> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.active();
        }
        return organisationChoices;
    }

    public PagedModel<Person> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
