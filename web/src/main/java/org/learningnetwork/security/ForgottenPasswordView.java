package org.learningnetwork.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.platform.Messages;

/**
 * Asking for a link to set a new password. The answer is the same whether or not an account exists, so the page
 * tells no one who has one.
 */
@Named
@RequestScoped
public class ForgottenPasswordView {

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    private String username;

    public void send() {
        accounts.requestReset(username);
        messages.noticeAndGoTo("/sign-in.xhtml", "account.reset.sent");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
