package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningnetwork.catalogue.LearningNeedsService.Involvement;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * The "what do I need?" tool (seed 004): a plain GET form (checkboxes, radio buttons and selects, usable from the
 * keyboard with no script) that places the visitor in a workforce group of each strand of their work and shows, for
 * each, what is expected at that level and below, the courses for their group and the groups below it, and their
 * self-guided learning. Who they are changes the answer: a member of the public, a carer or a volunteer starts in each
 * strand's lowest group, needs no role, and is pointed to the learning open to anyone; staff of voluntary, private and
 * other partner organisations are told that the partnership's learning is open to them; staff of the statutory
 * agencies that their own single-agency training counts and where to record it.
 */
@Named
@RequestScoped
public class LearningNeedsView {

    /** The answer to "who are you?" of a member of the public, a carer or a volunteer. */
    public static final String PUBLIC = "PUBLIC";
    /** The courses shown for each level: the person's own group and each group below it. */
    private static final int COURSES_SHOWN = 8;
    private static final Set<AgencyType> STATUTORY = Set.of(AgencyType.COUNCIL_SERVICE, AgencyType.NHS_BOARD, AgencyType.POLICE);
    /** Errors about a question of checkboxes or radio buttons link to its first option, as the error summary needs a field. */
    static final String STRAND_FIELD = "strand-CHILD_PROTECTION";
    static final String INVOLVEMENT_FIELD = "involvement-EVERYONE";

    @Inject
    private LearningNeedsService needs;

    @Inject
    private LearningResourceService learningResources;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String agency;
    private List<String> strands = List.of();
    private String involvement;
    private String group;

    private final List<Result> results = new ArrayList<>();

    /** One strand's answer: the placement, the courses for it and below, and their self-guided learning. */
    public record Result(Placement placement, List<NeedCourse> courses, List<LearningResource> resources) {

        public Placement getPlacement() {
            return placement;
        }

        public List<NeedCourse> getCourses() {
            return courses;
        }

        public List<LearningResource> getResources() {
            return resources;
        }

        /** A name for the result's ids on the page: its framework's code. */
        public String getKey() {
            return placement.group().getFramework().getCode();
        }
    }

    /** Places the visitor when the form has been sent (view action). */
    public void answer() {
        String[] chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("strand");
        strands = chosen == null ? List.of() : Arrays.stream(chosen).filter(LearningNeedsView::notBlank).map(String::strip).distinct().toList();
        // The form says it was sent, so that sending it with nothing chosen says what to choose rather than nothing.
        boolean sent = notBlank(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("asked"));
        boolean asked = sent || !strands.isEmpty() || notBlank(involvement) || notBlank(group) || notBlank(agency);
        if (!asked) {
            return;
        }
        List<Placement> placements = new ArrayList<>();
        try {
            if (notBlank(group)) {
                placements.add(needs.inGroup(Long.parseLong(group.strip())));
            } else if (isPublic()) {
                List<String> codes = strands.isEmpty() ? getProtectionStrands().stream().map(Strand::getCode).toList() : strands;
                for (String code : codes) {
                    if (LearningNeedsService.FRAMEWORK_OF_STRAND.containsKey(code)) {
                        placements.add(needs.lowest(code));
                    }
                }
            } else {
                boolean complete = true;
                if (strands.isEmpty() || !strands.stream().allMatch(LearningNeedsService.FRAMEWORK_OF_STRAND::containsKey)) {
                    messages.error(STRAND_FIELD, "needs.strand.required");
                    complete = false;
                }
                Involvement level = involvement();
                if (level == null) {
                    messages.error(INVOLVEMENT_FIELD, "needs.involvement.required");
                    complete = false;
                }
                if (!complete) {
                    return;
                }
                for (String code : strands) {
                    placements.add(needs.place(code, level));
                }
            }
            Set<String> frameworks = new LinkedHashSet<>();
            for (Placement placement : placements) {
                // Two strands assessed against one framework are one answer.
                if (frameworks.add(placement.group().getFramework().getCode())) {
                    List<NeedCourse> courses = needs.courses(placement.group().getId(), COURSES_SHOWN);
                    List<LearningResource> resources = learningResources.offeredBy(courses.stream().map(c -> c.course().getId()).toList())
                            .stream().filter(distinctBy()).toList();
                    results.add(new Result(placement, courses, resources));
                }
            }
        } catch (NumberFormatException | NotFoundException e) {
            results.clear();
            messages.error("group", "needs.group.invalid");
        }
    }

    private Involvement involvement() {
        if (!notBlank(involvement)) {
            return null;
        }
        try {
            return Involvement.valueOf(involvement);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static java.util.function.Predicate<LearningResource> distinctBy() {
        Set<String> seen = new java.util.HashSet<>();
        // The same reading beside several courses is listed once; different modules at one address are not.
        return r -> seen.add(r.isUploaded() ? "file " + r.getId() : r.getTitle() + "\n" + Objects.toString(r.getUrl()));
    }

    /** Whether the visitor said they are a member of the public, a carer or a volunteer. */
    public boolean isPublic() {
        return PUBLIC.equals(agency);
    }

    /** What who they work for changes in the answer: the words for their kind of agency, if they said. */
    public String getAgencyNote() {
        if (isPublic() || !notBlank(agency)) {
            return null;
        }
        try {
            return STATUTORY.contains(AgencyType.valueOf(agency)) ? "needs.agency.statutory" : "needs.agency.partner";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Result> getResults() {
        return results;
    }

    public List<Strand> getProtectionStrands() {
        return referenceData.strands().stream()
                .filter(s -> LearningNeedsService.FRAMEWORK_OF_STRAND.containsKey(s.getCode())).toList();
    }

    /** Whether the strand was chosen (to keep its box ticked). */
    public boolean chose(String strandCode) {
        return strands.contains(strandCode);
    }

    public Involvement[] getInvolvements() {
        return Involvement.values();
    }

    public AgencyType[] getAgencyTypes() {
        return AgencyType.values();
    }

    public List<Framework> getFrameworks() {
        return referenceData.frameworks();
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getInvolvement() {
        return involvement;
    }

    public void setInvolvement(String involvement) {
        this.involvement = involvement;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}
