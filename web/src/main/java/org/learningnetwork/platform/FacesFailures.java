package org.learningnetwork.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * Answers the failures of a page that are the request's fault, not the server's, with their 4xx status and the
 * matching page instead of 500: an EJB refusing the caller's roles (403, "you do not have access"), and a form
 * sent with a view state that has expired, belongs to another session or was made up (400, "your page had
 * expired"), also when it came without the script nonce of its page or with another one. Everything else goes on to the server error page.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class FacesFailures extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set on a request whose view state could not be restored, for the error page to say so. */
    static final String EXPIRED = "learningnetwork.expired";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            int status = statusFor(e);
            if (status == 0 || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            if (status == 400) {
                request.setAttribute(EXPIRED, true);
            }
            response.sendError(status);
        }
    }

    /** The 4xx status for the failure, or 0 when it is the server's. */
    static int statusFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return 403;
            }
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException || t instanceof CspException) {
                return 400;
            }
        }
        return 0;
    }
}
