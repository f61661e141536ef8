package org.learningnetwork.platform;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Adds translated messages to the current page: errors for fields or the whole form, and notices that
 * survive a redirect. All text comes from the {@code org.learningnetwork.messages} bundle.
 */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "org.learningnetwork.messages";

    /** The request's formats, one per message (a {@code MessageFormat} is for one thread at a time). */
    private static final String FORMATS = Messages.class.getName() + ".formats";

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.UK : faces.getViewRoot().getLocale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString("validation.invalid");
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return formats(faces).computeIfAbsent(pattern, p -> new MessageFormat(p, locale)).format(arguments);
    }

    /** One format per message and request: a page may format the same message hundreds of times (a list's labels). */
    @SuppressWarnings("unchecked")
    private static Map<String, MessageFormat> formats(FacesContext faces) {
        return (Map<String, MessageFormat>) faces.getAttributes().computeIfAbsent(FORMATS, name -> new HashMap<String, MessageFormat>());
    }

    /** An error shown in the error summary, linked to the field with this client id ({@code null}: the whole form). */
    public void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A change asked of a service from a form: it is made, or rejected with reasons, or finds nothing to change. */
    @FunctionalInterface
    public interface Change<T> {
        T make() throws RejectedException, NotFoundException;
    }

    /**
     * Makes a change from a form and gives its result; or, if the change is refused, shows why and gives
     * nothing: each rejected field on its input in the form {@code formId}, a record that does not exist
     * as the not-found page, and someone else's change in the meantime as a message asking to reload.
     */
    public <T> Optional<T> attempt(String formId, Change<T> change) {
        try {
            return Optional.of(change.make());
        } catch (RejectedException e) {
            rejected(formId, e);
        } catch (NotFoundException e) {
            NotFound.respond();
        } catch (EJBException e) {
            if (!ConcurrentChange.causedBy(e)) {
                throw e;
            }
            error(null, "common.concurrentChange");
        }
        return Optional.empty();
    }

    /** Whether an error has been added to the page in this request. */
    public boolean failed() {
        return FacesContext.getCurrentInstance().isValidationFailed();
    }

    /** A notice on the page shown in answer to this request (no redirect follows). */
    public void notice(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A notice that is still shown after the redirect that usually follows a successful action. */
    public void noticeAfterRedirect(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * After a successful change: the notice, then the page (a path in the application, e.g.
     * {@code /dpo/holds.xhtml}) asked for afresh, so that reloading it does not repeat the change.
     */
    public void noticeAndGoTo(String page, String key, Object... arguments) {
        noticeAfterRedirect(key, arguments);
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Shows each problem of a rejected request on its field: the field name {@code f} maps to the input
     * with client id {@code formId:f} ({@code a.b} to {@code formId:a_b}); a problem with one item of a list
     * ({@code outcomes[2].<list element>}, {@code resources[0].url}) is shown on the list's own input, once.
     */
    public void rejected(String formId, RejectedException rejected) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (RejectedException.Problem problem : rejected.getProblems()) {
            String clientId = problem.field() == null ? null : formId + ":" + fieldId(problem.field());
            if (shown.add(clientId + "\n" + problem.messageKey())) {
                error(clientId, problem.messageKey(), problem.arguments().toArray());
            }
        }
    }

    private static String fieldId(String field) {
        int item = field.indexOf('[');
        return (item < 0 ? field : field.substring(0, item)).replace('.', '_');
    }
}
