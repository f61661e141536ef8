package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.retention.RetentionSweep;
import org.learningnetwork.retention.RetentionSweepRun;

/**
 * {@code /api/retention/sweeps}: the retention sweeps. {@code GET} lists the last ones, newest first (DPO, ADMIN);
 * {@code POST} with {@code {"dryRun": false}} sweeps now, with {@code true} counts what a sweep would do (DPO), and
 * answers what it did, per rule. The body is required and must be JSON, so that a form on another site cannot make
 * a signed-in officer's browser start a sweep.
 */
@Path("retention/sweeps")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RetentionSweepResource {

    private static final int LISTED = 20;

    /** A sweep: per rule, how many records were (or would be) anonymised or deleted, kept by a hold, and any failure. */
    public record SweepJson(long id, boolean dryRun, boolean scheduled, String status, Instant startedAt, Instant finishedAt,
                            List<CountJson> counts) {
        static SweepJson of(RetentionSweepRun run) {
            return new SweepJson(run.getId(), run.isDryRun(), run.isScheduled(), run.getStatus().name(), run.getStartedAt(),
                    run.getFinishedAt(), run.getCounts().stream().map(c -> new CountJson(c.getRecordType().name(), c.getAction().name(),
                    c.getDone(), c.getHeld(), c.getFailure())).toList());
        }
    }

    /** One rule's part of a sweep; {@code failure} is a code, present only when a batch failed. */
    public record CountJson(String recordType, String action, long done, long held, String failure) {
    }

    @Inject
    private RetentionSweep sweep;

    @GET
    public List<SweepJson> recent() {
        return sweep.recent(LISTED).stream().map(SweepJson::of).toList();
    }

    /** What to run: {@code dryRun} is required (a sweep cannot be undone, so it is never assumed). */
    public record SweepRequest(Boolean dryRun) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(SweepRequest request) {
        if (request == null || request.dryRun() == null) {
            throw new BadParameterException("dryRun", "dryRun (true for a dry run, false to sweep) is required.");
        }
        return Response.ok(SweepJson.of(sweep.runNow(request.dryRun()))).build();
    }
}
