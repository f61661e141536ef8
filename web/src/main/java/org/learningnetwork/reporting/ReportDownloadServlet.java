package org.learningnetwork.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.learningnetwork.figures.Quarter;

/**
 * {@code GET /committee/report?quarter=&committee=&format=PDF|XLSX|CSV}: a stored file of a committee's report pack
 * (committee members, the learning team and administrators: the path is under {@code /committee}). A malformed
 * request, or a pack not rendered, answers 404.
 */
@WebServlet("/committee/report")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportPack packs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Quarter> quarter = Quarter.parse(request.getParameter("quarter"));
        String committee = request.getParameter("committee");
        Optional<KpiReport.Format> format = Arrays.stream(KpiReport.Format.values())
                .filter(f -> f.name().equals(request.getParameter("format"))).findFirst();
        Optional<KpiReport> report = quarter.isEmpty() || committee == null || format.isEmpty() ? Optional.empty()
                : packs.find(quarter.get(), committee, format.get());
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(report.get().getFormat().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + report.get().getFileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(report.get().getSize());
        response.getOutputStream().write(report.get().getContent());
    }
}
