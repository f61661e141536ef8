package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.api.CatalogueJson.AnswersTo;
import org.learningnetwork.api.CatalogueJson.CourseDetail;
import org.learningnetwork.api.CatalogueJson.CourseRef;
import org.learningnetwork.api.CatalogueJson.CourseSummary;
import org.learningnetwork.api.CatalogueJson.PageOf;
import org.learningnetwork.api.CatalogueJson.Resource;
import org.learningnetwork.api.CatalogueJson.SessionSummary;
import org.learningnetwork.catalogue.CatalogueQuery;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.reference.ReferenceDataService;

/** {@code GET /api/courses} (searched and paged like the catalogue page) and {@code GET /api/courses/{id}}. Public, read-only. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CourseResource {

    @Inject
    private CatalogueService catalogue;

    @Inject
    private org.learningnetwork.catalogue.LearningResourceService learningResources;

    @Inject
    private ReferenceDataService referenceData;

    @GET
    public PageOf<CourseSummary> search(@QueryParam("q") String q, @QueryParam("strand") String strand,
                                        @QueryParam("group") String group, @QueryParam("mode") String mode,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("hasPlaces") String hasPlaces, @QueryParam("answers") String answers,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        if (strand != null && !strand.isBlank() && referenceData.strands().stream().noneMatch(s -> s.getCode().equals(strand.strip()))) {
            throw new BadParameterException("strand", "strand must be one of the strand codes.");
        }
        Instant fromInstant = QueryParameters.day("from", from, 0);
        Instant toInstant = QueryParameters.day("to", to, 1);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw new BadParameterException("to", "to must be on or after from.");
        }
        PageRequest request = QueryParameters.page(page, size);
        CatalogueQuery query = new CatalogueQuery(q, strand == null || strand.isBlank() ? null : strand.strip(),
                QueryParameters.id("group", group), QueryParameters.choice("mode", mode, DeliveryMode.class),
                fromInstant, toInstant, QueryParameters.flag("hasPlaces", hasPlaces), QueryParameters.id("answers", answers));
        return PageOf.of(catalogue.search(query, request), request, e -> CourseSummary.of(e.course(), e.nextSessionStart()));
    }

    @GET
    @Path("{id}")
    public CourseDetail course(@PathParam("id") String id) throws NotFoundException {
        Long courseId = QueryParameters.id("id", id);
        Course course = catalogue.course(courseId);
        List<CourseSession> sessions = catalogue.upcomingSessions(courseId);
        Instant next = sessions.stream().filter(s -> s.getStatus() != org.learningnetwork.catalogue.SessionStatus.CANCELLED)
                .map(CourseSession::getStartsAt).findFirst().orElse(null);
        return new CourseDetail(CourseSummary.of(course, next), course.getOutcomes(),
                course.getPrerequisites().stream().map(p -> new CourseRef(p.getId(), p.getTitle())).toList(),
                learningResources.offeredBy(courseId).stream().map(Resource::of).toList(),
                course.getGuidance().stream().map(AnswersTo::of).toList(),
                sessions.stream().map(SessionSummary::of).toList());
    }
}
