package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.learningnetwork.api.CatalogueJson.PageOf;
import org.learningnetwork.api.CatalogueJson.SessionSummary;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.platform.PageRequest;

/** {@code GET /api/sessions}: upcoming sessions, soonest first, optionally of one course and in a date range. Public, read-only. */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SessionResource {

    @Inject
    private CatalogueService catalogue;

    @GET
    public PageOf<SessionSummary> sessions(@QueryParam("course") String course, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        Instant fromInstant = QueryParameters.day("from", from, 0);
        Instant toInstant = QueryParameters.day("to", to, 1);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw new BadParameterException("to", "to must be on or after from.");
        }
        PageRequest request = QueryParameters.page(page, size);
        return PageOf.of(catalogue.sessions(QueryParameters.id("course", course), fromInstant, toInstant, request),
                request, SessionSummary::of);
    }
}
