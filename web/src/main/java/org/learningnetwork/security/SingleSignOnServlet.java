package org.learningnetwork.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where single sign-on ends ({@link SingleSignOn}): the provider's answer ({@code /sso/callback}), or the start page
 * once signed in ({@code /sso/start}). Someone signed in goes to their home page with a new session id; anyone else
 * back to the sign-in page (which says why, if the provider signed them in but Learning Network has no account for
 * them).
 */
@WebServlet(urlPatterns = {SingleSignOn.START, SingleSignOn.CALLBACK})
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            request.changeSessionId();
            response.sendRedirect(request.getContextPath() + "/my/index.xhtml");
        } else {
            response.sendRedirect(request.getContextPath() + SignInMechanism.SIGN_IN_PAGE + (SingleSignOn.configured() ? "?sso=failed" : ""));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
