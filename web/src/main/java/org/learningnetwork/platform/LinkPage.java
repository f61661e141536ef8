package org.learningnetwork.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * A page reached without signing in, by a link from an e-mail that carries a one-time token ({@code ?token=}). What the
 * link is for is read once per request, on first use: a post from the page needs it before the view action would run,
 * and carries the token in a hidden field, read before view parameters are. A link that is not ours answers 404; one
 * that was used or has expired, 410; either way the page says why and changes nothing.
 *
 * @param <T> what the link is for
 */
public abstract class LinkPage<T> {

    private String token;
    private boolean loaded;
    private T subject;
    private String problem;

    /**
     * What the link with this token is for.
     *
     * @throws RejectedException naming why the link does not work: {@code link.invalid} for one that is not ours
     */
    protected abstract T read(String token) throws RejectedException;

    /** Reads what the link is for (the view action); a link that does not work is explained instead. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (token == null) {
            token = external.getRequestParameterMap().get("token");
        }
        try {
            subject = read(token);
        } catch (RejectedException e) {
            problem = e.getProblems().get(0).messageKey();
            external.setResponseStatus("link.invalid".equals(problem) ? 404 : 410);
        }
    }

    /** What the link is for, or {@code null} when it does not work. */
    protected T subject() {
        load();
        return subject;
    }

    /** Why the link does not work (a message key), or {@code null}. */
    public String getProblem() {
        load();
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
