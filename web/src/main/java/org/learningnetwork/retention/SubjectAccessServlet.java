package org.learningnetwork.retention;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * {@code GET /my/data.json}: everything held about the signed-in person, as JSON (UK GDPR Art. 15), and
 * {@code /my/data.pdf} the same as a readable PDF; {@code GET /dpo/data.json?person=} and {@code /dpo/data.pdf?person=}:
 * anyone's, for the data protection officer (the path is theirs only). An unknown or malformed id, or an account
 * without a person, answers 404.
 */
@WebServlet({"/my/data.json", "/my/data.pdf", "/dpo/data.json", "/dpo/data.pdf"})
public class SubjectAccessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SubjectAccessService subjectAccess;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        byte[] content;
        String name;
        try {
            if (request.getServletPath().startsWith("/dpo/")) {
                long personId = Long.parseLong(String.valueOf(request.getParameter("person")).strip());
                content = pdf ? subjectAccess.ofPdf(personId) : subjectAccess.of(personId).getBytes(StandardCharsets.UTF_8);
                name = "person-" + personId + "-data";
            } else {
                content = pdf ? subjectAccess.minePdf() : subjectAccess.mine().getBytes(StandardCharsets.UTF_8);
                name = "my-data";
            }
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RejectedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + (pdf ? ".pdf" : ".json") + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(pdf ? "application/pdf" : "application/json;charset=UTF-8");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
