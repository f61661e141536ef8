package org.learningnetwork.retention;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * {@code GET /my/data.json}: everything held about the signed-in person, as JSON (UK GDPR Art. 15);
 * {@code GET /dpo/data.json?person=}: anyone's, for the data protection officer (the path is theirs only).
 * An unknown or malformed id, or an account without a person, answers 404.
 */
@WebServlet({"/my/data.json", "/dpo/data.json"})
public class SubjectAccessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SubjectAccess subjectAccess;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json;
        String name;
        try {
            if (request.getServletPath().startsWith("/dpo/")) {
                long personId = Long.parseLong(String.valueOf(request.getParameter("person")).strip());
                json = subjectAccess.of(personId);
                name = "person-" + personId + "-data.json";
            } else {
                json = subjectAccess.mine();
                name = "my-data.json";
            }
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RejectedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
