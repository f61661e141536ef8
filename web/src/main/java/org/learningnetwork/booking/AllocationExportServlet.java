package org.learningnetwork.booking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.TableExport;

/**
 * {@code GET /coordinator/allocation.csv?session=}: the session's allocation with, per applicant, the facts it
 * weighed and why they were or were not placed, in priority order (CSV, RFC 4180; the file name carries the seed).
 * A session that is unknown, malformed or has no allocation answers 404.
 */
@WebServlet("/coordinator/allocation.csv")
public class AllocationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AllocationService allocations;

    @Inject
    private transient AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Allocation allocation;
        try {
            allocation = allocations.current(Long.parseLong(String.valueOf(request.getParameter("session")).strip()));
        } catch (NumberFormatException | NotFoundException e) {
            allocation = null;
        }
        if (allocation == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        audit.record(AuditAction.EXPORTED, "Allocation", allocation.getId(), "allocation.csv");
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        boolean noPrerequisites = allocation.getSession().getCourse().getPrerequisites().isEmpty();
        String name = "allocation-session-" + allocation.getSession().getId() + "-seed-" + allocation.getSeed() + ".csv";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
            csv.printRecord(Stream.of("allocation.rank", "roster.name", "roster.workEmail", "roster.organisation", "allocation.group",
                    "allocation.need", "allocation.prerequisites", "allocation.placedBefore", "allocation.tieBreak",
                    "allocation.placedCount", "allocation.outcome", "allocation.adjustedColumn").map(texts::getString).toList());
            for (AllocationLine line : allocation.getLines()) {
                csv.printRecord(java.util.Arrays.asList(line.getRank(),
                        TableExport.cell(line.getBooking().getPerson().getFullName()),
                        TableExport.cell(line.getBooking().getPerson().getWorkEmail()),
                        TableExport.cell(line.getOrganisation().getName()),
                        line.getWorkforceGroup() == null ? texts.getString("allocation.noGroup") : line.getWorkforceGroup().getName(),
                        texts.getString(line.getNeedLevel() == null ? "needLevel.none" : "needLevel." + line.getNeedLevel().name()),
                        texts.getString(noPrerequisites ? "allocation.noPrerequisites"
                                : line.isPrerequisitesRecent() ? "allocation.recent" : "allocation.notRecent"),
                        texts.getString(line.isPlacedBefore() ? "common.yes" : "common.no"),
                        line.getTieBreak(),
                        texts.getString(line.isPlaced() ? "common.yes" : "common.no"),
                        explanation(line, texts),
                        line.isAdjusted() ? TableExport.cell(line.getAdjustmentReason()) : ""));
            }
        }
    }

    private static String explanation(AllocationLine line, ResourceBundle texts) {
        String pattern = texts.getString("allocationOutcome." + line.getOutcome().name());
        int cap = switch (line.getOutcome()) {
            case AGENCY_QUOTA_FULL -> line.getAllocation().getAgencyCap();
            case GROUP_QUOTA_FULL -> line.getAllocation().getGroupCap();
            default -> 0;
        };
        return new MessageFormat(pattern, texts.getLocale()).format(new Object[] {cap});
    }
}
