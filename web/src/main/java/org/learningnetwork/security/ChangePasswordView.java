package org.learningnetwork.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.learningnetwork.platform.Messages;

/** The signed-in person changes their password, giving the current one. */
@Named
@RequestScoped
public class ChangePasswordView {

    private static final String FORM = "passwordForm";

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    private String current;
    private String password;
    private String confirmation;

    public boolean isHasPassword() {
        return accounts.callerHasPassword();
    }

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            messages.error(FORM + ":confirmation", "account.password.mismatch");
            return;
        }
        String given = current;
        String chosen = password;
        current = null;
        password = null;
        confirmation = null;
        messages.attempt(FORM, () -> {
            accounts.changePassword(given, chosen);
            // the caller's other sessions end; this one goes on
            SignedInCheck.signedInNow((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo("/my/index.xhtml", "account.password.changed"));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
