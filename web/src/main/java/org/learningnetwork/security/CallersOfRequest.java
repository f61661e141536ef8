package org.learningnetwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets the services one request calls find its caller's person once, not once each: My learning alone calls six, each
 * of which asked the database again ({@link Callers#remembering}). What is remembered ends with the request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CallersOfRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (Callers.Remembering remembering = Callers.remembering()) {
            chain.doFilter(request, response);
        }
    }
}
