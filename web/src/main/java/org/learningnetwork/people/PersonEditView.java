package org.learningnetwork.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.OrganisationService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;

/** Adds or edits one person ({@code ?id=} for an existing one); an unknown id shows the not-found page. */
@Named
@ViewScoped
public class PersonEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "personForm";

    @Inject
    private PersonService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String id;
    private Person person;
    private Long organisationId;
    private String lineManagerEmail;
    private final Map<String, Long> workforceGroupIds = new HashMap<>();
    private List<Organisation> organisationChoices;
    private List<Framework> frameworks;

    public void load() {
        organisationChoices = organisations.active();
        if (id == null || id.isBlank()) {
            id = null;
            person = new Person(null, null, null, null);
            return;
        }
        try {
            person = people.find(Long.parseLong(id));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        organisationId = person.getOrganisation().getId();
        if (!person.getOrganisation().isActive()) {
            organisationChoices = new java.util.ArrayList<>(organisationChoices);
            organisationChoices.add(0, person.getOrganisation());
        }
        lineManagerEmail = person.getLineManager() == null ? null : person.getLineManager().getWorkEmail();
        person.getWorkforceGroups().forEach((framework, group) -> workforceGroupIds.put(framework.getCode(), group.getId()));
    }

    public String save() {
        if (messages.attempt(FORM, () -> people.save(person, organisationId == null ? -1L : organisationId,
                lineManagerEmail, workforceGroupIds)).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("common.saved");
        return "/people/people?faces-redirect=true";
    }

    public String deactivate() {
        return changeStatus(true);
    }

    public String reactivate() {
        return changeStatus(false);
    }

    private String changeStatus(boolean deactivate) {
        try {
            if (deactivate) {
                people.deactivate(person.getId());
            } else {
                people.reactivate(person.getId());
            }
        } catch (NotFoundException e) {
            NotFound.respond();
            return null;
        }
        messages.noticeAfterRedirect(deactivate ? "common.deactivated" : "common.reactivated");
        return "/people/people?faces-redirect=true&includeInactive=true";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getLineManagerEmail() {
        return lineManagerEmail;
    }

    public void setLineManagerEmail(String lineManagerEmail) {
        this.lineManagerEmail = lineManagerEmail;
    }

    /** The chosen workforce group id per framework code, bound by the form's selects. */
    public Map<String, Long> getWorkforceGroupIds() {
        return workforceGroupIds;
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }

    /** Loaded on first use: the form builds one select per framework before the view action runs. */
    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = referenceData.frameworks();
        }
        return frameworks;
    }
}
