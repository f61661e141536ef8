package org.learningnetwork.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server's error dispatch to the application's error pages.
 *
 * <p>An error page is shown as for a GET without parameters ({@link Bodiless}): a form whose sending failed would
 * otherwise be taken for sent back to the error page, and its view state and script nonce checked again — a form
 * refused for a missing nonce would fail a second time, now as a server error.
 *
 * <p>A path with a colon ({@code /learning/foo:bar}) names nothing in the application, but GlassFish 7.0 and Payara
 * fail on it before the application sees the request: their authorization cannot make a permission of such a path
 * (eclipse-ee4j/exousia#37, fixed in Exousia but in no GlassFish 7.0 release on hand) and answer with a server
 * error. That server error becomes what the application would have answered, 404 with the not-found page. Other
 * servers never get there.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getRequestURI().endsWith("/error/server.xhtml") && path instanceof String uri && uri.contains(":")
                && !response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            request.getRequestDispatcher("/error/not-found.xhtml").forward(new Bodiless(request), response);
            return;
        }
        chain.doFilter(new Bodiless(request), response);
    }
}
