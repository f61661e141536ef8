package org.learningnetwork.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.ReferenceDataService;

/**
 * Adds a partnership or changes one ({@code ?id=}): its name and the council areas it serves; its partner
 * organisations, each a full partner or an associate, added, changed and removed; retired and brought back. An unknown
 * partnership, or one the caller does not work for, is the not-found page.
 */
@Named
@ViewScoped
public class PartnershipEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "partnershipForm";
    static final String PARTNER_FORM = "partnerForm";

    @Inject
    private PartnershipService partnerships;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String id;
    private Partnership partnership;
    private List<String> areaCodes = new ArrayList<>();
    private List<CouncilArea> allAreas;
    private boolean mayRetire;
    private String organisationId;
    private Membership membership = Membership.FULL;
    private transient List<Organisation> candidates;

    public void load() {
        allAreas = referenceData.councilAreas();
        mayRetire = partnerships.mayAdd();
        try {
            if (id == null || id.isBlank()) {
                id = null;
                if (!mayRetire) {
                    throw new NotFoundException("Partnership", null);
                }
                partnership = new Partnership();
                return;
            }
            partnership = partnerships.find(Long.parseLong(id));
            areaCodes = new ArrayList<>(partnership.getAreas().stream().map(CouncilArea::getGssCode).toList());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        return messages.attempt(FORM, () -> partnerships.save(partnership, new HashSet<>(areaCodes))).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return page(saved.getId());
        }).orElse(null);
    }

    /** Adds the organisation chosen as a partner of the kind chosen (or changes how it takes part). */
    public String admit() {
        Long chosen = parsed(organisationId);
        return messages.attempt(PARTNER_FORM, () -> partnerships.admit(partnership.getId(), chosen == null ? -1L : chosen, membership))
                .map(saved -> {
                    messages.noticeAfterRedirect("partnership.partnerAdded");
                    return page(saved.getId());
                }).orElse(null);
    }

    /** Makes a partner an associate, or an associate a full partner. */
    public String switchMembership(long organisation, Membership current) {
        Membership other = current == Membership.FULL ? Membership.ASSOCIATE : Membership.FULL;
        return change(() -> partnerships.admit(partnership.getId(), organisation, other), "partnership.partnerChanged");
    }

    public String remove(long organisation) {
        return change(() -> partnerships.remove(partnership.getId(), organisation), "partnership.partnerRemoved");
    }

    public String retire() {
        return change(() -> partnerships.retire(partnership.getId()), "partnership.retired");
    }

    public String reinstate() {
        return change(() -> partnerships.reinstate(partnership.getId()), "partnership.reinstated");
    }

    private String change(Messages.Change<Partnership> change, String notice) {
        return messages.attempt(FORM, change).map(saved -> {
            messages.noticeAfterRedirect(notice);
            return page(saved.getId());
        }).orElse(null);
    }

    private static String page(Long id) {
        return "/coordinator/partnership?faces-redirect=true&id=" + id;
    }

    private static Long parsed(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isNew() {
        return partnership == null || partnership.getId() == null;
    }

    /** The active organisations that are not yet partners, to add one. */
    public List<Organisation> getCandidates() {
        if (candidates == null) {
            try {
                candidates = partnerships.candidates(partnership.getId());
            } catch (NotFoundException e) {
                candidates = List.of();
            }
        }
        return candidates;
    }

    public List<Membership> getMemberships() {
        return List.of(Membership.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public List<CouncilArea> getAllAreas() {
        return allAreas;
    }

    public List<String> getAreaCodes() {
        return areaCodes;
    }

    public void setAreaCodes(List<String> areaCodes) {
        this.areaCodes = areaCodes;
    }

    /** Whether the caller works for every partnership, and so may retire one or bring it back. */
    public boolean isMayRetire() {
        return mayRetire;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public Membership getMembership() {
        return membership;
    }

    public void setMembership(Membership membership) {
        this.membership = membership;
    }
}
