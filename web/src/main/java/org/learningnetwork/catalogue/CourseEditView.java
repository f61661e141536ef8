package org.learningnetwork.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.figures.CommitteeAdminService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Creates or edits a course ({@code ?id=} for an existing one) and lists its sessions; retires it after
 * asking to confirm; lists its self-guided learning, to add, change, order and retire. The form is bound to the course
 * itself: numbers, money and outcomes are read by
 * converters ({@code ln.wholeNumber}, {@code ln.decimal}, {@code ln.money}, {@code ln.lines}), so
 * a mistake gets a plain message on its field.
 */
@Named
@ViewScoped
public class CourseEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "courseForm";

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private LearningResourceService learningResources;

    @Inject
    private GuidanceService guidanceService;

    @Inject
    private CommitteeAdminService committees;

    @Inject
    private Messages messages;

    private static final Set<String> FOLLOW_UP_CODES = Arrays.stream(FollowUp.values()).map(FollowUp::code)
            .collect(Collectors.toSet());

    private String id;
    private Course course;
    private List<String> strandCodes = new ArrayList<>();
    private List<String> followUpCodes = new ArrayList<>();
    private final Map<String, List<Long>> groupIdsByFramework = new HashMap<>();
    private List<Long> prerequisiteIds = new ArrayList<>();
    private List<Long> guidanceIds = new ArrayList<>();
    private List<Guidance> guidanceChoices;
    private Map<String, String> agreeingCommittees;
    private List<Course> prerequisiteChoices;
    private List<CourseSession> sessions;
    private List<LearningResource> resources = List.of();
    private List<Framework> frameworks;
    private List<Strand> strands;
    private boolean confirmingRetire;

    public void load() {
        if (id == null || id.isBlank()) {
            id = null;
            course = new Course();
            // A new course's CPD hours start empty, to be typed, rather than showing a zero nobody chose.
            course.setCpdHours(null);
            followUpCodes = course.getFollowUps().stream().map(FollowUp::code).collect(Collectors.toCollection(ArrayList::new));
            prerequisiteChoices = courses.prerequisiteChoices();
            sessions = List.of();
            return;
        }
        try {
            course = courses.find(Long.parseLong(id));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        followUpCodes = course.getFollowUps().stream().map(FollowUp::code).collect(Collectors.toCollection(ArrayList::new));
        course.getStrands().forEach(strand -> strandCodes.add(strand.getCode()));
        for (WorkforceGroup group : course.getTargetGroups()) {
            groupIdsByFramework.computeIfAbsent(group.getFramework().getCode(), code -> new ArrayList<>()).add(group.getId());
        }
        course.getPrerequisites().forEach(prerequisite -> prerequisiteIds.add(prerequisite.getId()));
        course.getGuidance().forEach(named -> guidanceIds.add(named.getId()));
        prerequisiteChoices = courses.prerequisiteChoices().stream().filter(c -> !c.getId().equals(course.getId())).toList();
        sessions = courses.sessionsOf(course.getId());
        reloadResources();
    }

    /** The course's self-guided learning, retired resources too. */
    public List<LearningResource> getResources() {
        return resources;
    }

    /** Moves a resource up or down the course's list. */
    public void moveResource(long resourceId, int by) {
        messages.attempt(FORM, () -> {
            learningResources.move(resourceId, by);
            return resourceId;
        }).ifPresent(moved -> reloadResources());
    }

    /** Takes a resource out of the course's offer, or offers it again. */
    public void retireResource(long resourceId, boolean retired) {
        messages.attempt(FORM, () -> {
            learningResources.retire(resourceId, retired);
            return resourceId;
        }).ifPresent(changed -> messages.noticeAndGoTo("/coordinator/course.xhtml?id=" + course.getId(),
                retired ? "resource.retired.notice" : "resource.offered.notice"));
    }

    private void reloadResources() {
        try {
            resources = learningResources.of(course.getId());
        } catch (NotFoundException e) {
            NotFound.respond();
        }
    }

    public String save() {
        // Numbers and outcomes were read into the course by the form's converters, each missing or unreadable
        // one refused on its field; what they must be (positive, at most 500 characters, a web address) the course's
        // constraints check when it is saved.
        course.setFollowUps(followUpCodes.stream().filter(code -> FOLLOW_UP_CODES.contains(code)).map(FollowUp::ofCode).toList());
        Set<Long> groupIds = new LinkedHashSet<>();
        groupIdsByFramework.values().forEach(ids -> {
            if (ids != null) {
                groupIds.addAll(ids);
            }
        });
        Optional<Course> saved = messages.attempt(FORM, () -> courses.save(course, new LinkedHashSet<>(strandCodes), groupIds,
                new LinkedHashSet<>(prerequisiteIds), new LinkedHashSet<>(guidanceIds)));
        if (saved.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("common.saved");
        return "/coordinator/course?faces-redirect=true&id=" + saved.get().getId();
    }

    public void askToRetire() {
        confirmingRetire = true;
    }

    public void keep() {
        confirmingRetire = false;
    }

    public String retire() {
        if (messages.attempt(FORM, () -> {
            courses.retire(course.getId());
            return course;
        }).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("courseAdmin.retiredNotice");
        return "/coordinator/course?faces-redirect=true&id=" + course.getId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNew() {
        return course == null || course.getId() == null;
    }

    public Course getCourse() {
        return course;
    }

    /** The follow-ups a course may ask at, for its checkboxes. */
    public List<FollowUp> getFollowUpChoices() {
        return List.of(FollowUp.values());
    }

    public List<String> getFollowUpCodes() {
        return followUpCodes;
    }

    public void setFollowUpCodes(List<String> followUpCodes) {
        this.followUpCodes = followUpCodes == null ? new ArrayList<>() : new ArrayList<>(followUpCodes);
    }

    public List<String> getStrandCodes() {
        return strandCodes;
    }

    public void setStrandCodes(List<String> strandCodes) {
        this.strandCodes = strandCodes == null ? new ArrayList<>() : strandCodes;
    }

    /** The chosen workforce group ids per framework code, bound by one group of checkboxes per framework. */
    public Map<String, List<Long>> getGroupIdsByFramework() {
        return groupIdsByFramework;
    }

    public List<Long> getPrerequisiteIds() {
        return prerequisiteIds;
    }

    public void setPrerequisiteIds(List<Long> prerequisiteIds) {
        this.prerequisiteIds = prerequisiteIds == null ? new ArrayList<>() : prerequisiteIds;
    }

    public List<Long> getGuidanceIds() {
        return guidanceIds;
    }

    public void setGuidanceIds(List<Long> guidanceIds) {
        this.guidanceIds = guidanceIds == null ? new ArrayList<>() : guidanceIds;
    }

    /** What the course can be linked to: entries not retired, and those the course already names. */
    public List<Guidance> getGuidanceChoices() {
        if (guidanceChoices == null) {
            List<Guidance> choices = new ArrayList<>(guidanceService.offered());
            if (course != null) {
                course.getGuidance().stream().filter(Guidance::isRetired).forEach(choices::add);
            }
            guidanceChoices = choices;
        }
        return guidanceChoices;
    }

    /** The committees that can agree a cost, by code: all but the Chief Officers Group, which approves it. */
    public Map<String, String> getAgreeingCommittees() {
        if (agreeingCommittees == null) {
            agreeingCommittees = new java.util.LinkedHashMap<>();
            committees.agreeingCosts().forEach(c -> agreeingCommittees.put(c.getCode(), c.getName()));
            // The committee that agreed the course's cost stays on offer, though retired since.
            if (course != null && course.getCostCommittee() != null && !agreeingCommittees.containsKey(course.getCostCommittee())) {
                try {
                    agreeingCommittees.put(course.getCostCommittee(), committees.find(course.getCostCommittee()).getName());
                } catch (NotFoundException e) {
                    // Not one to offer.
                }
            }
        }
        return agreeingCommittees;
    }

    public CostBasis[] getCostBases() {
        return CostBasis.values();
    }

    public List<Course> getPrerequisiteChoices() {
        return prerequisiteChoices;
    }

    public List<CourseSession> getSessions() {
        return sessions;
    }

    /** Loaded on first use: the form builds one group of checkboxes per framework before the view action runs. */
    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = referenceData.frameworks();
        }
        return frameworks;
    }

    public List<Strand> getStrands() {
        if (strands == null) {
            strands = referenceData.strands();
        }
        return strands;
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public BookingMode[] getBookingModes() {
        return BookingMode.values();
    }

    public boolean isConfirmingRetire() {
        return confirmingRetire;
    }
}
