package org.learningnetwork.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Adds translated messages to the current page: errors for fields or the whole form, and notices that
 * survive a redirect. All text comes from the {@code org.learningnetwork.messages} bundle.
 */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.learningnetwork.messages";

    public String text(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot() == null
                ? Locale.UK : FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString("validation.invalid");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An error shown in the error summary, linked to the field with this client id ({@code null}: the whole form). */
    public void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A notice that is still shown after the redirect that usually follows a successful action. */
    public void noticeAfterRedirect(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * Shows each problem of a rejected request on its field: the field name {@code f} maps to the input
     * with client id {@code formId:f}.
     */
    public void rejected(String formId, RejectedException rejected) {
        for (RejectedException.Problem problem : rejected.getProblems()) {
            error(problem.field() == null ? null : formId + ":" + problem.field().replace('.', '_'), problem.messageKey());
        }
    }
}
