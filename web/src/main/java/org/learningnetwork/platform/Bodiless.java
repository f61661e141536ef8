package org.learningnetwork.platform;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;

/**
 * The request as a GET without parameters or body, for showing an error or refusal page: the page never reads what
 * was refused, and Faces does not take it for a form sent back (whose view state and nonce it would check).
 */
final class Bodiless extends HttpServletRequestWrapper {

    Bodiless(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
        return java.util.Map.of();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
        return java.util.Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public int getContentLength() {
        return 0;
    }

    @Override
    public long getContentLengthLong() {
        return 0;
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public int read() {
                return -1;
            }

            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("Not asynchronous");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new java.io.StringReader(""));
    }
}
