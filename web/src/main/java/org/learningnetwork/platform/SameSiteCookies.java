package org.learningnetwork.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives the session cookie {@code SameSite=Lax} on servers that do not add the attribute set in web.xml and
 * {@link SessionCookies} (GlassFish 7.0 writes the session cookie without it): the cookie's {@code Set-Cookie} header is
 * rewritten before the response is committed — after a session is made or its id changed through the request, and
 * before a redirect, an error, a flush or the body. Where the server wrote the attribute itself, nothing changes.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameSiteCookies extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SET_COOKIE = "Set-Cookie";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        Response wrapped = new Response(response, name == null ? "JSESSIONID" : name);
        chain.doFilter(new Request(request, wrapped), wrapped);
        wrapped.fix();
    }

    /** The header with {@code SameSite=Lax} added when it sets the cookie named and has no SameSite yet; else unchanged. */
    static String withSameSite(String header, String cookieName) {
        if (header == null || !header.startsWith(cookieName + "=") || header.toLowerCase(Locale.ROOT).contains("samesite=")) {
            return header;
        }
        return header + "; SameSite=Lax";
    }

    private static final class Request extends HttpServletRequestWrapper {

        private final Response response;

        Request(HttpServletRequest request, Response response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (create) {
                response.fix();
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            response.fix();
            return id;
        }
    }

    private static final class Response extends HttpServletResponseWrapper {

        private final String cookieName;

        Response(HttpServletResponse response, String cookieName) {
            super(response);
            this.cookieName = cookieName;
        }

        /** Rewrites the session cookie's header while the response can still change. */
        void fix() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> headers = new ArrayList<>(response.getHeaders(SET_COOKIE));
            List<String> fixed = headers.stream().map(h -> withSameSite(h, cookieName)).toList();
            if (fixed.equals(headers)) {
                return;
            }
            response.setHeader(SET_COOKIE, fixed.get(0));
            for (String header : fixed.subList(1, fixed.size())) {
                response.addHeader(SET_COOKIE, header);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            fix();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            fix();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            fix();
            super.sendError(status);
        }

        @Override
        public void flushBuffer() throws IOException {
            fix();
            super.flushBuffer();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            fix();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            fix();
            return super.getWriter();
        }
    }
}
