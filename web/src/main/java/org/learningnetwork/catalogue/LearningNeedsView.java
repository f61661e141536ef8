package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.learningnetwork.catalogue.LearningNeedsService.Involvement;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * The "what do I need?" tool: a plain GET form (radio buttons and selects, usable from the keyboard with
 * no script) that places the visitor in a workforce group and shows what is expected at that level and
 * the upcoming learning and self-guided resources that meet it.
 */
@Named
@RequestScoped
public class LearningNeedsView {

    private static final int COURSES_SHOWN = 10;
    /** Errors about a radio-button question link to its first option, as the error summary needs a field to focus. */
    static final String STRAND_FIELD = "strand-CHILD_PROTECTION";
    static final String INVOLVEMENT_FIELD = "involvement-EVERYONE";

    @Inject
    private LearningNeedsService needs;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private LearningResourceService learningResources;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String agency;
    private String strand;
    private String involvement;
    private String group;

    private Placement placement;
    private List<CatalogueEntry> courses = List.of();
    private List<LearningResource> resources = List.of();

    /** Places the visitor when the form has been sent (view action). */
    public void answer() {
        boolean asked = notBlank(strand) || notBlank(involvement) || notBlank(group) || notBlank(agency);
        if (!asked) {
            return;
        }
        try {
            if (notBlank(group)) {
                placement = needs.inGroup(Long.parseLong(group.strip()));
            } else {
                boolean complete = true;
                if (!notBlank(strand) || !LearningNeedsService.FRAMEWORK_OF_STRAND.containsKey(strand)) {
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
                placement = needs.place(strand, level);
            }
        } catch (NumberFormatException | NotFoundException e) {
            messages.error("group", "needs.group.invalid");
            return;
        }
        courses = catalogue.search(new CatalogueQuery(null, null, placement.group().getId(), null, null, null),
                new PageRequest(0, COURSES_SHOWN)).rows();
        resources = learningResources.offeredBy(courses.stream().map(e -> e.course().getId()).toList()).stream()
                .filter(distinctBy()).toList();
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

    public Placement getPlacement() {
        return placement;
    }

    public List<CatalogueEntry> getCourses() {
        return courses;
    }

    /** Self-guided resources of the courses shown, each once. */
    public List<LearningResource> getResources() {
        return resources;
    }

    private static java.util.function.Predicate<LearningResource> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return r -> seen.add(r.isUploaded() ? "file " + r.getId() : Objects.toString(r.getUrl()));
    }

    public List<Strand> getProtectionStrands() {
        return referenceData.strands().stream()
                .filter(s -> LearningNeedsService.FRAMEWORK_OF_STRAND.containsKey(s.getCode())).toList();
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

    public String getStrand() {
        return strand;
    }

    public void setStrand(String strand) {
        this.strand = strand;
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
