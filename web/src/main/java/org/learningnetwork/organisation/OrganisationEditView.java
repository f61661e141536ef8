package org.learningnetwork.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.ReferenceDataService;

/** Adds or edits one organisation ({@code ?id=} for an existing one); an unknown id shows the not-found page. */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "organisationForm";

    @Inject
    private OrganisationService organisations;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String id;
    private Organisation organisation;
    private List<String> councilAreaCodes = new ArrayList<>();
    private List<CouncilArea> allCouncilAreas;

    public void load() {
        allCouncilAreas = referenceData.councilAreas();
        if (id == null || id.isBlank()) {
            id = null;
            organisation = new Organisation();
            return;
        }
        try {
            organisation = organisations.find(Long.parseLong(id));
            councilAreaCodes = organisation.getCouncilAreas().stream().map(CouncilArea::getGssCode).collect(Collectors.toList());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        Map<String, CouncilArea> byCode = allCouncilAreas.stream()
                .collect(Collectors.toMap(CouncilArea::getGssCode, Function.identity()));
        organisation.setCouncilAreas(councilAreaCodes.stream().map(byCode::get)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
        if (messages.attempt(FORM, () -> organisation.getId() == null
                ? organisations.create(organisation) : organisations.update(organisation)).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("common.saved");
        return "/admin/organisations?faces-redirect=true";
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
                organisations.deactivate(organisation.getId());
            } else {
                organisations.reactivate(organisation.getId());
            }
        } catch (NotFoundException e) {
            NotFound.respond();
            return null;
        }
        messages.noticeAfterRedirect(deactivate ? "common.deactivated" : "common.reactivated");
        return "/admin/organisations?faces-redirect=true&includeInactive=true";
    }

    public List<CouncilArea> getAllCouncilAreas() {
        return allCouncilAreas;
    }

    public AgencyType[] getAgencyTypes() {
        return AgencyType.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<String> getCouncilAreaCodes() {
        return councilAreaCodes;
    }

    public void setCouncilAreaCodes(List<String> councilAreaCodes) {
        this.councilAreaCodes = councilAreaCodes == null ? new ArrayList<>() : councilAreaCodes;
    }
}
