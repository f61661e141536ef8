package org.learningnetwork.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/** The public page of one course ({@code ?id=}); an unknown, malformed or retired id shows the not-found page. */
@Named
@RequestScoped
public class CourseView {

    @Inject
    private CatalogueService catalogue;

    @Inject
    private LearningResourceService learningResources;

    private String id;
    private Course course;
    private List<CourseSession> sessions;
    private List<LearningResource> resources = List.of();

    private final Instant now = Instant.now();

    public void load() {
        try {
            course = catalogue.course(Long.parseLong(id == null ? "" : id.strip()));
            sessions = catalogue.upcomingSessions(course.getId());
            resources = learningResources.offeredBy(course.getId());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    /** The course's self-guided learning on offer, in order. */
    public List<LearningResource> getResources() {
        return resources;
    }

    public Course getCourse() {
        return course;
    }

    /** The time the page is shown at, for what each session's booking state is now. */
    /** Whether the course can be done in a person's own time: one of its resources completes it. */
    public boolean isSelfGuided() {
        return resources.stream().anyMatch(LearningResource::isCompletesCourse);
    }

    public Instant getNow() {
        return now;
    }

    public List<CourseSession> getSessions() {
        return sessions;
    }

    /** The cost in pounds, for a course that is not free. */
    public String getCost() {
        return course.isFree() ? null : String.format(java.util.Locale.UK, "£%,.2f", course.getCostPence() / 100.0);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
