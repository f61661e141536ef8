package org.learningnetwork.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The pages rendered without view state: those that post no form of their own, so that a visitor reading them gets no
 * HTTP session (and the public copies of {@link PublicPageCache} can be made), and My learning, the page every
 * signed-in user comes to first, whose forms need nothing kept between showing and sending (its beans are made for
 * each request, and a form sent is built again from them), so that showing it keeps nothing in the session. A form
 * without view state is still refused when sent from another site ({@link RequestGuard}; the session cookie is
 * {@code SameSite=Lax} too).
 *
 * <p>They are marked as soon as their view exists, before anything renders: PrimeFaces keeps a page's script nonce in
 * the view unless the view is stateless, and it looks before the page's own markup could say so. The markup says so
 * too ({@code <f:view transient="#{statelessPages.includes(view.viewId)}">} in the template): Faces restores a form
 * sent from such a page only if the page, built again, is stateless.
 */
@Named
@ApplicationScoped
public class StatelessPages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final Set<String> VIEWS = Set.of("/index.xhtml", "/catalogue.xhtml", "/course.xhtml", "/calendar.xhtml",
            "/what-do-i-need.xhtml", "/privacy.xhtml", "/accessibility.xhtml", "/my/inbox.xhtml", "/venue.xhtml", "/my/index.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && includes(view.getViewId())) {
            view.setTransient(true);
        }
    }

    /** Whether the page of this view id is stateless. */
    public boolean includes(String viewId) {
        return VIEWS.contains(viewId);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view exists.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
