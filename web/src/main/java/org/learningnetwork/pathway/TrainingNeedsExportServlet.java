package org.learningnetwork.pathway;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.learningnetwork.pathway.TrainingNeedsService.Analysis;
import org.learningnetwork.pathway.TrainingNeedsService.Line;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.TableExport;

/**
 * {@code GET /coordinator/training-needs.csv} and {@code .xlsx} ({@code ?year=2027}): the training-needs analysis as on
 * the page, one row per course. A year that cannot be planned is answered 404; anyone but the learning team 403.
 */
@WebServlet({"/coordinator/training-needs.csv", "/coordinator/training-needs.xlsx"})
public class TrainingNeedsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TrainingNeedsService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Analysis analysis;
        try {
            String year = request.getParameter("year");
            analysis = service.analyse(year == null ? service.years().get(1).startYear() : Integer.parseInt(year.strip()));
        } catch (NumberFormatException | RejectedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean excel = request.getServletPath().endsWith(".xlsx");
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        TableExport.send(response, "training-needs-" + analysis.year().label(), excel, rows(analysis, texts, TableExport.typed(excel)),
                texts.getString("tna.sheet"));
    }

    /** The heading, then per course: what is asked for and from where, and per quarter asked, places and sessions to add. */
    static List<List<Object>> rows(Analysis analysis, ResourceBundle texts, UnaryOperator<String> typed) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> heading = new ArrayList<>(List.of(texts.getString("tna.course"), texts.getString("tna.askedFor"),
                texts.getString("tna.export.pathways"), texts.getString("tna.export.needs"), texts.getString("tna.export.waiting")));
        for (int q = 0; q < TrainingPlanRules.QUARTERS; q++) {
            String quarter = texts.getString("tna.quarter" + q);
            heading.add(MessageFormat.format(texts.getString("tna.export.quarter"), quarter));
            heading.add(MessageFormat.format(texts.getString("tna.export.places"), quarter));
            heading.add(MessageFormat.format(texts.getString("tna.export.add"), quarter));
        }
        heading.add(texts.getString("tna.toAdd"));
        rows.add(heading);
        for (Line line : analysis.lines()) {
            List<Object> row = new ArrayList<>(List.of(typed.apply(line.course().getTitle()), line.getDemandTotal(), line.getFromPathwaysTotal(),
                    line.getFromNeedsTotal(), line.waiting()));
            for (int q = 0; q < TrainingPlanRules.QUARTERS; q++) {
                row.add(line.getDemand(q));
                row.add(line.getPlaces(q));
                row.add(line.getToAdd(q));
            }
            row.add(line.getToAddTotal());
            rows.add(row);
        }
        return rows;
    }
}
