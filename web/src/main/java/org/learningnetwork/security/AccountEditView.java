package org.learningnetwork.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.learningnetwork.access.Role;
import org.learningnetwork.people.Person;
import org.learningnetwork.people.PersonService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * One account, for the administrator ({@code ?id=}): its roles and committees, enabling and disabling it, lifting a
 * lock, sending the invitation again. With {@code ?person=} instead, a person without an account is given one by
 * invitation (a person with one is taken to it).
 */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "accountForm";

    @Inject
    private AccountService accounts;

    @Inject
    private PersonService people;

    @Inject
    private Messages messages;

    @Inject
    private org.learningnetwork.organisation.PartnershipService partnershipService;

    private String id;
    private String personId;
    private UserAccount account;
    private Person person;
    private String username;
    private List<String> roles = new ArrayList<>();
    private List<String> committees = new ArrayList<>();
    private List<AccountService.CommitteeName> committeeChoices;
    private List<String> partnerships = new ArrayList<>();
    private List<org.learningnetwork.organisation.Partnership> partnershipChoices;

    public void load() {
        try {
            if (id != null && !id.isBlank()) {
                account = accounts.find(Long.parseLong(id));
                person = account.getPerson();
                roles = new ArrayList<>(account.getRoles().stream().map(Role::name).sorted().toList());
                committees = new ArrayList<>(account.getCommittees());
                partnerships = new ArrayList<>(account.getPartnerships().stream().map(String::valueOf).toList());
            } else if (personId != null && !personId.isBlank()) {
                person = people.find(Long.parseLong(personId));
                Optional<UserAccount> existing = accounts.ofPerson(person.getId());
                if (existing.isPresent()) {
                    messages.noticeAndGoTo("/admin/account.xhtml?id=" + existing.get().getId(), "account.edit.hasAccount");
                    return;
                }
                username = person.getWorkEmail();
                roles = new ArrayList<>(List.of(Role.LEARNER.name()));
            } else {
                NotFound.respond();
                return;
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        committeeChoices = accounts.committees();
        partnershipChoices = partnershipService.all();
    }

    /** Gives the person their account and sends the invitation. */
    public void invite() {
        messages.attempt(FORM, () -> accounts.invite(person.getId(), username, chosenRoles(), new HashSet<>(committees),
                chosenPartnerships()))
                .ifPresent(created -> messages.noticeAndGoTo("/admin/account.xhtml?id=" + created.getId(), "account.edit.invited",
                        person.getWorkEmail()));
    }

    public void saveRoles() {
        messages.attempt(FORM, () -> {
            accounts.changeRoles(account.getId(), chosenRoles(), new HashSet<>(committees), chosenPartnerships());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), "common.saved"));
    }

    public void deactivate() {
        messages.attempt(FORM, () -> {
            accounts.deactivate(account.getId());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), "account.edit.disabled"));
    }

    public void reactivate() {
        messages.attempt(FORM, () -> {
            accounts.reactivate(account.getId());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), "account.edit.enabled"));
    }

    public void unlock() {
        messages.attempt(FORM, () -> {
            accounts.unlock(account.getId());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), "account.edit.unlocked"));
    }

    /** Signs the holder out everywhere (a suspected misuse of an account that stays open). */
    public void endSessions() {
        messages.attempt(FORM, () -> {
            accounts.endSessions(account.getId());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), "account.edit.signedOut"));
    }

    public void resendInvitation() {
        messages.attempt(FORM, () -> {
            accounts.resendInvitation(account.getId());
            return true;
        }).ifPresent(done -> messages.noticeAndGoTo(here(), "account.edit.invited", person.getWorkEmail()));
    }

    private String here() {
        return "/admin/account.xhtml?id=" + account.getId();
    }

    private EnumSet<Role> chosenRoles() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(name -> chosen.add(Role.valueOf(name)));
        return chosen;
    }

    /** The account's state's message key: disabled, invited (no password yet), locked or active. */
    static String statusKey(UserAccount account, Instant now) {
        if (!account.isActive()) {
            return "account.status.disabled";
        }
        if (!account.hasPassword()) {
            return "account.status.invited";
        }
        return account.isLockedAt(now) ? "account.status.locked" : "account.status.active";
    }

    public String getStatus() {
        return account == null ? null : statusKey(account, Instant.now());
    }

    public boolean isLocked() {
        return account != null && account.isLockedAt(Instant.now());
    }

    public List<Role> getRoleChoices() {
        return List.of(Role.values());
    }

    public List<AccountService.CommitteeName> getCommitteeChoices() {
        return committeeChoices;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Person getPerson() {
        return person;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    /** The partnerships ticked, by id; a value that is not a number is none the account could work for (-1). */
    private java.util.Set<Long> chosenPartnerships() {
        java.util.Set<Long> chosen = new HashSet<>();
        for (String value : partnerships) {
            try {
                chosen.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                chosen.add(-1L);
            }
        }
        return chosen;
    }

    public List<org.learningnetwork.organisation.Partnership> getPartnershipChoices() {
        return partnershipChoices;
    }

    public List<String> getPartnerships() {
        return partnerships;
    }

    public void setPartnerships(List<String> partnerships) {
        this.partnerships = partnerships;
    }

    public List<String> getCommittees() {
        return committees;
    }

    public void setCommittees(List<String> committees) {
        this.committees = committees;
    }
}
