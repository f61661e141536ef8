package org.learningnetwork.actionlearning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.catalogue.VenueService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * Adds a set or community of practice, or runs one ({@code ?id=}): its details, facilitators (with their training
 * and what they facilitated since), invitations, applications to place or decline, members, and meetings scheduled as
 * a series and cancelled; closed and opened again. An unknown set is the not-found page.
 */
@Named
@ViewScoped
public class LearningSetEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "setForm";
    static final String FACILITATOR_FORM = "facilitatorForm";
    static final String INVITE_FORM = "inviteForm";
    static final String MEMBERS_FORM = "membersForm";
    static final String SERIES_FORM = "seriesForm";
    static final String MEETINGS_FORM = "meetingsForm";

    @Inject
    private LearningSetService sets;

    @Inject
    private VenueService venues;

    @Inject
    private Messages messages;

    private String id;
    private LearningSet set;
    private String venueId;
    private List<String> checkpoints = new ArrayList<>();
    private String facilitatorId;
    private String inviteEmail;
    private LocalDate seriesDate;
    private LocalTime seriesTime;
    private Integer seriesCount = 12;
    private Cadence cadence = Cadence.MONTHLY;
    private transient List<LearningSetService.Facilitator> facilitators;
    private transient List<LearningSetService.Facilitator> candidates;
    private transient List<SetMember> members;
    private transient List<SetMeeting> meetings;
    private transient List<Venue> venueList;

    public void load() {
        try {
            if (id == null || id.isBlank()) {
                id = null;
                set = new LearningSet();
                checkpoints = codes(set.getCheckpoints());
                return;
            }
            set = sets.find(Long.parseLong(id));
            venueId = set.getVenue() == null ? null : String.valueOf(set.getVenue().getId());
            checkpoints = codes(set.getCheckpoints());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        // Only the codes offered reach here (the checkboxes refuse others).
        set.setCheckpoints(checkpoints.stream().map(Checkpoint::ofCode).toList());
        return messages.attempt(FORM, () -> sets.save(set, parsed(venueId))).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return page(saved.getId());
        }).orElse(null);
    }

    public String close() {
        return change(FORM, () -> sets.close(set.getId()), "set.closedNotice");
    }

    public String reopen() {
        return change(FORM, () -> sets.reopen(set.getId()), "set.reopenedNotice");
    }

    public String addFacilitator() {
        Long chosen = parsed(facilitatorId);
        return change(FACILITATOR_FORM, () -> sets.addFacilitator(set.getId(), chosen), "set.facilitatorAdded");
    }

    public String removeFacilitator(long personId) {
        return change(FACILITATOR_FORM, () -> sets.removeFacilitator(set.getId(), personId), "set.facilitatorRemoved");
    }

    public String invite() {
        return change(INVITE_FORM, () -> sets.invite(set.getId(), inviteEmail), "set.invited");
    }

    public String admit(long memberId) {
        return change(MEMBERS_FORM, () -> sets.admit(memberId), "set.admitted");
    }

    public String decline(long memberId) {
        return change(MEMBERS_FORM, () -> sets.decline(memberId), "set.declinedNotice");
    }

    public String remove(long memberId) {
        return change(MEMBERS_FORM, () -> sets.remove(memberId), "set.removed");
    }

    public String schedule() {
        LocalDateTime first = seriesDate == null || seriesTime == null ? null : LocalDateTime.of(seriesDate, seriesTime);
        return change(SERIES_FORM, () -> sets.schedule(set.getId(), first, seriesCount, cadence), "set.scheduled");
    }

    public String cancelMeeting(long meetingId) {
        return change(MEETINGS_FORM, () -> sets.cancelMeeting(meetingId), "set.meetingCancelled");
    }

    private String change(String form, Messages.Change<?> change, String notice) {
        return messages.attempt(form, change).map(done -> {
            messages.noticeAfterRedirect(notice);
            return page(set.getId());
        }).orElse(null);
    }

    private static String page(Long id) {
        return "/coordinator/learning-set?faces-redirect=true&id=" + id;
    }

    private static Long parsed(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isNew() {
        return set == null || set.getId() == null;
    }

    public List<LearningSetService.Facilitator> getFacilitators() {
        if (facilitators == null) {
            facilitators = isNew() ? List.of() : attempt(() -> sets.facilitators(set.getId()));
        }
        return facilitators;
    }

    public List<LearningSetService.Facilitator> getCandidates() {
        if (candidates == null) {
            candidates = isNew() ? List.of() : attempt(() -> sets.candidates(set.getId()));
        }
        return candidates;
    }

    public List<SetMember> getMembers() {
        if (members == null) {
            members = isNew() ? List.of() : attempt(() -> sets.members(set.getId()));
        }
        return members;
    }

    public List<SetMeeting> getMeetings() {
        if (meetings == null) {
            meetings = isNew() ? List.of() : attempt(() -> sets.meetings(set.getId()));
        }
        return meetings;
    }

    public long getMemberCount() {
        return getMembers().stream().filter(m -> m.getStatus() == MemberStatus.MEMBER).count();
    }

    private interface Read<T> {
        List<T> read() throws NotFoundException;
    }

    private static <T> List<T> attempt(Read<T> read) {
        try {
            return read.read();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    public List<Venue> getVenues() {
        if (venueList == null) {
            venueList = venues.list(false).stream().map(VenueService.Listing::venue).toList();
        }
        return venueList;
    }

    public List<SetKind> getKinds() {
        return List.of(SetKind.values());
    }

    public List<SetPurpose> getPurposes() {
        return List.of(SetPurpose.values());
    }

    public List<Joining> getJoinings() {
        return List.of(Joining.values());
    }

    public List<Checkpoint> getAllCheckpoints() {
        return List.of(Checkpoint.values());
    }

    public List<Cadence> getCadences() {
        return List.of(Cadence.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearningSet getSet() {
        return set;
    }

    public String getVenueId() {
        return venueId;
    }

    public void setVenueId(String venueId) {
        this.venueId = venueId;
    }

    public List<String> getCheckpoints() {
        return checkpoints;
    }

    public void setCheckpoints(List<String> checkpoints) {
        this.checkpoints = checkpoints;
    }

    private static List<String> codes(List<Checkpoint> checkpoints) {
        return new ArrayList<>(checkpoints.stream().map(Checkpoint::code).toList());
    }

    public String getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(String facilitatorId) {
        this.facilitatorId = facilitatorId;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public LocalDate getSeriesDate() {
        return seriesDate;
    }

    public void setSeriesDate(LocalDate seriesDate) {
        this.seriesDate = seriesDate;
    }

    public LocalTime getSeriesTime() {
        return seriesTime;
    }

    public void setSeriesTime(LocalTime seriesTime) {
        this.seriesTime = seriesTime;
    }

    public Integer getSeriesCount() {
        return seriesCount;
    }

    public void setSeriesCount(Integer seriesCount) {
        this.seriesCount = seriesCount;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }
}
