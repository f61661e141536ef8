package org.learningnetwork.actionlearning;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.TableExport;

/**
 * {@code GET /coordinator/action-learning.csv} and {@code .xlsx} ({@code ?quarter=&set=}): the programme's dashboard
 * as on the page, its tables one after another. A quarter that is not one or has not begun, or a set that is not a
 * number, is answered 400 saying why; an unknown set 404; anyone but the learning team 403.
 */
@WebServlet({"/coordinator/action-learning.csv", "/coordinator/action-learning.xlsx"})
public class ProgrammeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProgrammeService programme;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        String set = request.getParameter("set");
        Long setId;
        try {
            setId = set == null || set.isBlank() ? null : Long.valueOf(set.strip());
        } catch (NumberFormatException e) {
            refuse(request, response, texts.getString("programme.set.invalid"));
            return;
        }
        ProgrammeService.Dashboard dashboard;
        try {
            dashboard = programme.dashboard(request.getParameter("quarter"), setId);
        } catch (RejectedException e) {
            refuse(request, response, texts.getString(e.getProblems().get(0).messageKey()));
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean excel = request.getServletPath().endsWith(".xlsx");
        TableExport.send(response, "action-learning-" + dashboard.programme().quarter().code(), excel,
                rows(dashboard.tables(), TableExport.typed(excel)), texts.getString("programme.sheet"));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        request.setAttribute(org.learningnetwork.catalogue.PublicationServlet.REFUSAL, why);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, why);
    }

    /** Each table under its title, a blank row between them. */
    static List<List<Object>> rows(List<ProgrammeTables.Table> tables, UnaryOperator<String> typed) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeTables.Table table : tables) {
            if (!rows.isEmpty()) {
                rows.add(List.of());
            }
            rows.add(List.of(table.title()));
            rows.add(new ArrayList<>(table.heading()));
            for (List<String> row : table.rows()) {
                List<Object> line = new ArrayList<>();
                row.forEach(cell -> line.add(typed.apply(cell)));
                rows.add(line);
            }
        }
        return rows;
    }
}
