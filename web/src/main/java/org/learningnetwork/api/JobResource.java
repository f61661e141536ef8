package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.evaluation.ImpactEvaluationJob;
import org.learningnetwork.jobs.JobExecutions;
import org.learningnetwork.jobs.JobRun;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reporting.KpiJob;

/**
 * {@code /api/jobs}: the batch jobs' runs from every server instance, for the learning team and administrators.
 * {@code GET runs} lists the latest, {@code GET runs/{id}} one; {@code POST quarterly-kpi/runs} with
 * {@code {"quarter": "2026-Q1"}} works out a quarter's figures, {@code POST impact-evaluation/runs} (optionally with a
 * quarter) runs the impact evaluation, {@code POST runs/{id}/restart} goes on with a run that failed, was stopped or
 * was interrupted. A start answers 202 with the run; a start of what is running already on any instance is refused
 * with 409 and the reason. Bodies must be JSON, so that a form on another site cannot start a job.
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class JobResource {

    private static final int LISTED = 20;

    /** A run: its job, quarter, the server instance that ran it, where it stands and its steps. */
    public record RunJson(long id, String job, String quarter, String instance, String status, boolean interrupted,
                          boolean restartable, Long continues, Instant startedAt, Instant endedAt, int progress, List<StepJson> steps) {
        static RunJson of(JobRun run) {
            return new RunJson(run.id(), run.job(), run.quarter(), run.instance(), run.status(), run.isInterrupted(), run.isRestartable(),
                    run.continues(), run.started(), run.ended(), run.getProgress(), run.steps().stream()
                    .map(s -> new StepJson(s.name(), s.status(), s.exitStatus(), s.read(), s.written(), s.committed())).toList());
        }
    }

    /** One step of a run with the batch runtime's counts. */
    public record StepJson(String name, String status, String exitStatus, long read, long written, long committed) {
    }

    /** What to work out: the quarter, like {@code 2026-Q1} (required for the KPI job, optional for the impact evaluation). */
    public record RunRequest(String quarter) {
    }

    @Inject
    private JobExecutions executions;

    @Inject
    private KpiJob kpiJob;

    @Inject
    private ImpactEvaluationJob impactJob;

    @GET
    @Path("runs")
    public List<RunJson> runs() {
        return executions.latest(LISTED).stream().map(RunJson::of).toList();
    }

    @GET
    @Path("runs/{id}")
    public RunJson run(@PathParam("id") String id) throws NotFoundException {
        return RunJson.of(executions.find(QueryParameters.id("id", id)));
    }

    @POST
    @Path("quarterly-kpi/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response runKpi(RunRequest request) throws RejectedException, NotFoundException {
        if (request == null || request.quarter() == null || request.quarter().isBlank()) {
            throw new BadParameterException("quarter", "quarter (like 2026-Q1) is required.");
        }
        return accepted(kpiJob.run(request.quarter()));
    }

    @POST
    @Path("impact-evaluation/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response runImpact(RunRequest request) throws RejectedException, NotFoundException {
        boolean all = request == null || request.quarter() == null || request.quarter().isBlank();
        return accepted(all ? impactJob.runNow() : impactJob.runFor(request.quarter()));
    }

    @POST
    @Path("runs/{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return accepted(executions.restart(QueryParameters.id("id", id)));
    }

    private Response accepted(long runId) throws NotFoundException {
        return Response.status(Response.Status.ACCEPTED).entity(RunJson.of(executions.find(runId))).build();
    }
}
