package org.learningnetwork.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;

/**
 * Setting a password by an e-mailed link ({@code /set-password.xhtml?token=}): an invitation, a forgotten password,
 * the first administrator's. A link that is not ours, used or expired says so and shows no form.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "passwordForm";

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    private String token;
    private AccountService.LinkFor link;
    private String problem;
    private String password;
    private String confirmation;

    public void load() {
        try {
            link = accounts.link(token);
        } catch (RejectedException e) {
            problem = e.getProblems().get(0).messageKey();
        }
    }

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            messages.error(FORM + ":confirmation", "account.password.mismatch");
            return;
        }
        String chosen = password;
        password = null;
        confirmation = null;
        messages.attempt(FORM, () -> {
            accounts.setPassword(token, chosen);
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo("/sign-in.xhtml", "account.password.set"));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AccountService.LinkFor getLink() {
        return link;
    }

    public String getProblem() {
        return problem;
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
