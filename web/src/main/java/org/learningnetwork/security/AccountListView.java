package org.learningnetwork.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.access.Role;
import org.learningnetwork.platform.PagedModel;

/** The administrator's list of accounts: search by name, username or e-mail, filter by role, paged. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String query;
    private Role role;
    private boolean includeInactive;
    private PagedModel<UserAccount> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> accounts.search(query, role, includeInactive, page));
    }

    public PagedModel<UserAccount> getModel() {
        return model;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    /** The account's state in words' message key: disabled, invited (no password yet), locked or active. */
    public String status(UserAccount account) {
        return AccountEditView.statusKey(account, java.time.Instant.now());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
