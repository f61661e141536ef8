package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningnetwork.api.CatalogueJson.PageOf;
import org.learningnetwork.hrimport.HrImport;
import org.learningnetwork.hrimport.HrImportJob;
import org.learningnetwork.hrimport.HrImportService;
import org.learningnetwork.hrimport.HrLineText;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;

/**
 * {@code /api/hr-imports}: the HR import, for an intranet or HR system that sends its export itself (administrators
 * only, as on the screens). {@code POST} with the CSV as body ({@code Content-Type: text/csv}; {@code fileName}
 * optional) takes it and starts its dry run: 202 with the import and its address. {@code GET /{id}} shows where it
 * stands and the counts; {@code GET /{id}/lines} its lines ({@code outcome}, {@code page}, {@code size});
 * {@code GET /{id}/report.csv} the same as CSV with the reasons in words. {@code POST /{id}/apply}, {@code /check}
 * and {@code /discard} take an empty JSON object.
 */
@Path("hr-imports")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class HrImportResource {

    /** A line: its line in the file (none for a leaver), employee number, person, outcome, and the detail's keys. */
    public record LineJson(Integer line, String employeeNumber, Long personId, String outcome, List<String> detail) {
        static LineJson of(HrImportService.Line line) {
            return new LineJson(line.lineNumber(), line.employeeNumber(), line.personId(), line.outcome().name(), line.details());
        }
    }

    @Inject
    private HrImportService imports;

    @Inject
    private HrImportJob job;

    @GET
    public PageOf<HrImportService.Summary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = QueryParameters.page(page, size);
        return PageOf.of(imports.list(request), request, s -> s);
    }

    @POST
    @Consumes("text/csv")
    public Response upload(@QueryParam("fileName") String fileName, byte[] body) throws RejectedException, NotFoundException {
        long id = job.upload(fileName, body, HrImport.Source.API);
        return Response.accepted(imports.find(id)).location(URI.create("hr-imports/" + id)).build();
    }

    @GET
    @Path("{id}")
    public HrImportService.Summary find(@PathParam("id") String id) throws NotFoundException {
        return imports.find(QueryParameters.id("id", id));
    }

    @GET
    @Path("{id}/lines")
    public PageOf<LineJson> lines(@PathParam("id") String id, @QueryParam("outcome") String outcome,
                                  @QueryParam("page") String page, @QueryParam("size") String size) throws NotFoundException {
        PageRequest request = QueryParameters.page(page, size);
        return PageOf.of(imports.lines(QueryParameters.id("id", id), QueryParameters.choice("outcome", outcome, Outcome.class), request),
                request, LineJson::of);
    }

    @GET
    @Path("{id}/report.csv")
    @Produces("text/csv")
    public Response report(@PathParam("id") String id, @QueryParam("outcome") String outcome) throws NotFoundException {
        long importId = QueryParameters.id("id", id);
        Outcome only = QueryParameters.choice("outcome", outcome, Outcome.class);
        List<HrImportService.Line> lines = imports.report(importId, only);
        HrLineText text = new HrLineText(ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK), Locale.UK);
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(texts.getString("hr.line"), texts.getString("hr.field.EMPLOYEE_NUMBER"),
                        texts.getString("hr.outcome"), texts.getString("hr.detail"));
                for (HrImportService.Line line : lines) {
                    printer.printRecord(line.lineNumber() == null ? "" : line.lineNumber(), line.employeeNumber(),
                            texts.getString("hr.outcome." + line.outcome().name()), text.of(line));
                }
            }
        };
        String name = "hr-import-" + importId + (only == null ? "" : "-" + only.name().toLowerCase(Locale.ROOT)) + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        long importId = QueryParameters.id("id", id);
        job.apply(importId);
        return Response.accepted(imports.find(importId)).build();
    }

    @POST
    @Path("{id}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        long importId = QueryParameters.id("id", id);
        job.recheck(importId);
        return Response.accepted(imports.find(importId)).build();
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    public HrImportService.Summary discard(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        long importId = QueryParameters.id("id", id);
        imports.discard(importId);
        return imports.find(importId);
    }
}
