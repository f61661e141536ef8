package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Numbers;
import org.learningnetwork.platform.Text;

/**
 * The allocation of a note-of-interest session's places ({@code /coordinator/allocation.xhtml?session=}): run it
 * with the quotas chosen, see why each applicant was or was not placed, adjust with a reason, confirm.
 */
@Named
@RequestScoped
public class AllocationView {

    static final String RUN_FORM = "runForm";
    static final String LINES_FORM = "linesForm";

    @Inject
    private CourseService courses;

    @Inject
    private BookingQueries bookings;

    @Inject
    private AllocationService allocations;

    @Inject
    private Messages messages;

    private boolean loaded;
    private String sessionId;
    private CourseSession session;
    private Allocation allocation;
    private List<Booking> roster = List.of();
    private String agencyShare;
    private String groupShare;
    private String seed;
    private final Map<Long, String> reasons = new HashMap<>();
    private boolean asking;

    /** Loads the session and its allocation (view action); an unknown or malformed id shows the not-found page. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (sessionId == null) {
            sessionId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("session");
        }
        if (sessionId == null && FacesContext.getCurrentInstance().isPostback()) {
            // Another form on the page (signing out) was sent: nothing of this page is needed.
            loaded = false;
            return;
        }
        try {
            long id = Long.parseLong(sessionId == null ? "" : sessionId.strip());
            session = courses.findSession(id);
            allocation = allocations.current(id);
            roster = bookings.roster(id);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.respond();
            return;
        }
        if (agencyShare == null) {
            agencyShare = String.valueOf(allocation == null ? BookingSettings.allocationAgencyShare() : allocation.getAgencyShare());
            groupShare = String.valueOf(allocation == null ? BookingSettings.allocationGroupShare() : allocation.getGroupShare());
        }
    }

    /** Runs (or runs again) the allocation with the shares and seed typed. */
    public String run() {
        load();
        if (session == null) {
            return null;
        }
        Integer agency = share("agencyShare", agencyShare);
        Integer group = share("groupShare", groupShare);
        Long chosenSeed = null;
        if (Text.clean(seed) != null) {
            try {
                chosenSeed = Long.parseLong(Text.clean(seed));
            } catch (NumberFormatException e) {
                messages.error(RUN_FORM + ":seed", "allocation.seed.invalid");
            }
        }
        if (messages.failed()) {
            return null;
        }
        Long given = chosenSeed;
        return done(messages.attempt(RUN_FORM, () -> allocations.run(session.getId(), agency, group, given)).isPresent(),
                "allocation.ran");
    }

    /** Places, or takes the place from, the applicant on row {@code row}, with the reason typed there. */
    public String adjust(long lineId, boolean place, int row) {
        load();
        return done(messages.attempt(LINES_FORM + ":lines:" + row, () -> allocations.adjust(lineId, place, reasons.get(lineId))).isPresent(),
                place ? "allocation.adjustedIn" : "allocation.adjustedOut");
    }

    /** The first step of confirming: the page asks, saying what confirming does, before anything changes. */
    public String askToConfirm() {
        load();
        asking = allocation != null;
        return null;
    }

    /**
     * Whether the page is asking to confirm the allocation: after "Confirm the allocation", and while the question's own
     * form is sent back (this view lives for one request, and a form not shown takes no action).
     */
    public boolean isAsking() {
        return asking || FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("confirmForm");
    }

    public String confirm() {
        load();
        if (allocation == null) {
            return null;
        }
        return done(messages.attempt(LINES_FORM, () -> allocations.confirm(allocation.getId())).isPresent(), "allocation.confirmed");
    }

    /** Approved notes of interest (what a run would consider) and requests still waiting for a manager. */
    public long count(String status) {
        load();
        return roster.stream().filter(b -> b.getStatus().name().equals(status)).count();
    }

    /** The text explaining a line's outcome, with the numbers it depends on. */
    public String explanation(AllocationLine line) {
        return switch (line.getOutcome()) {
            case AGENCY_QUOTA_FULL -> messages.text("allocationOutcome.AGENCY_QUOTA_FULL", allocation.getAgencyCap());
            case GROUP_QUOTA_FULL -> messages.text("allocationOutcome.GROUP_QUOTA_FULL", allocation.getGroupCap());
            default -> messages.text("allocationOutcome." + line.getOutcome().name());
        };
    }

    private Integer share(String field, String text) {
        Integer value = Numbers.wholeNumber(text);
        if (value == null || value < 1 || value > 100) {
            messages.error(RUN_FORM + ":" + field, "allocation.share.range");
        }
        return value;
    }

    private String done(boolean changed, String notice) {
        if (!changed) {
            loaded = false;
            session = null;
            String keepAgency = agencyShare;
            String keepGroup = groupShare;
            load();
            agencyShare = keepAgency;
            groupShare = keepGroup;
            return null;
        }
        messages.noticeAfterRedirect(notice);
        return "/coordinator/allocation?faces-redirect=true&session=" + session.getId();
    }

    public CourseSession getSession() {
        load();
        return session;
    }

    public Allocation getAllocation() {
        load();
        return allocation;
    }

    public boolean isDraft() {
        load();
        return allocation != null && allocation.getStatus() == AllocationStatus.DRAFT;
    }

    public boolean isConfirmed() {
        load();
        return allocation != null && allocation.getStatus() == AllocationStatus.CONFIRMED;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getAgencyShare() {
        return agencyShare;
    }

    public void setAgencyShare(String agencyShare) {
        this.agencyShare = agencyShare;
    }

    public String getGroupShare() {
        return groupShare;
    }

    public void setGroupShare(String groupShare) {
        this.groupShare = groupShare;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }
}
