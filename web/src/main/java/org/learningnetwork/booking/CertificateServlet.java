package org.learningnetwork.booking;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.learningnetwork.booking.LearningRecordService.Certificate;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * {@code GET /my/certificate.pdf?record=}: the certificate of attendance for one of the signed-in learner's
 * learning records (the learning team may fetch anyone's). Unknown or malformed id → 404; someone else's
 * record, or a record that is not an attendance → 403.
 */
@WebServlet("/my/certificate.pdf")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LearningRecordService records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Certificate certificate;
        try {
            certificate = records.certificate(Long.parseLong(String.valueOf(request.getParameter("record")).strip()));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RejectedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + certificate.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(certificate.pdf().length);
        response.getOutputStream().write(certificate.pdf());
    }
}
