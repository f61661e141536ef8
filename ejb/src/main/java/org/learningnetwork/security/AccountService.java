package org.learningnetwork.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.learningnetwork.access.Role;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.Tokens;

/**
 * Sign-in accounts of the application's own identity store: checks passwords, counts failures and locks accounts
 * after too many; administrators give accounts by invitation, grant and withdraw roles and committees, disable,
 * enable and unlock them; people set their password by an e-mailed link (an invitation, a forgotten password) and
 * change it. Every change is audited; no password or link is.
 *
 * <p>People sign in with their username or their work e-mail address.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountService {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.SHORTEST;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private AccountMails mails;

    @Resource
    private SessionContext session;

    @Inject
    private AccountLookup lookup;

    /** Creates an account with a password chosen by the administrator (for accounts of systems and tests). */
    public UserAccount create(@NotNull String username, @NotNull char[] password, Long personId,
                              @NotNull Set<Role> roles) throws RejectedException {
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (personId != null && person == null) {
            throw new RejectedException("person", "account.person.unknown");
        }
        String normalised = checkedUsername(username);
        checkRoles(roles, Set.of(), Set.of());
        String problem = PasswordPolicy.problem(new String(password), personalWords(normalised, person)).orElse(null);
        if (problem != null) {
            throw new RejectedException("password", problem);
        }
        UserAccount account = new UserAccount(normalised, PasswordHasher.hash(password), person, roles);
        em.persist(account);
        audit.record(AuditAction.CREATED, "UserAccount", account.getId(), "roles " + roleNames(roles));
        return account;
    }

    /**
     * Gives a person an account: it holds the roles (and, for a committee viewer, the committees) given, and has no
     * password until the person sets one by the link e-mailed to their work address, which works once and for
     * {@code learningnetwork.accounts.invitation-days} days (7 unless set).
     */
    public UserAccount invite(long personId, String username, @NotNull Set<Role> roles, @NotNull Set<String> committees)
            throws RejectedException, NotFoundException {
        return invite(personId, username, roles, committees, Set.of());
    }

    /**
     * Gives a person an account as {@link #invite(long, String, Set, Set)} does; a coordinator's works for the
     * partnerships given (by id), or for every one when none is.
     */
    public UserAccount invite(long personId, String username, @NotNull Set<Role> roles, @NotNull Set<String> committees,
            @NotNull Set<Long> partnerships) throws RejectedException, NotFoundException {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (!person.isActive()) {
            throw new RejectedException(null, "account.person.inactive");
        }
        if (person.getWorkEmail() == null) {
            throw new RejectedException(null, "account.person.noEmail");
        }
        if (!em.createQuery("select a.id from UserAccount a where a.person = :person", Long.class)
                .setParameter("person", person).getResultList().isEmpty()) {
            throw new RejectedException(null, "account.person.hasAccount");
        }
        String normalised = checkedUsername(username == null || username.isBlank() ? person.getWorkEmail() : username);
        checkRoles(roles, committees, partnerships);
        UserAccount account = new UserAccount(normalised, null, person, roles);
        account.changeRoles(roles, committees, partnerships);
        em.persist(account);
        audit.record(AuditAction.CREATED, "UserAccount", account.getId(), "invited; roles " + roleNames(roles)
                + committeeDetail(committees) + partnershipDetail(partnerships));
        sendLink(account, AccountLink.Purpose.INVITATION);
        return account;
    }

    /**
     * Gives a person the HR import marks for an account a learner's account by invitation, as {@link #invite} does,
     * with their work e-mail as username; nothing if they are inactive, have an account, or their e-mail is someone's
     * username already. Whether it invited them. Open to the HR import's job, which runs without a signed-in caller
     * and which only an administrator starts.
     */
    @PermitAll
    public boolean inviteImported(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !person.isActive() || person.getWorkEmail() == null
                || !em.createQuery("select a.id from UserAccount a where a.person = :person", Long.class)
                        .setParameter("person", person).getResultList().isEmpty()
                || lookup.find(person.getWorkEmail()).isPresent()) {
            return false;
        }
        UserAccount account = new UserAccount(person.getWorkEmail(), null, person, Set.of(Role.LEARNER));
        em.persist(account);
        audit.record(AuditAction.CREATED, "UserAccount", account.getId(), "invited by the HR import; roles LEARNER");
        sendLink(account, AccountLink.Purpose.INVITATION);
        return true;
    }

    /** Sends a new invitation to an account whose password is not set yet; earlier links stop working. */
    public void resendInvitation(long accountId) throws RejectedException, NotFoundException {
        UserAccount account = find(accountId);
        if (account.getPasswordHash() != null) {
            throw new RejectedException(null, "account.invitation.passwordSet");
        }
        if (!account.isActive()) {
            throw new RejectedException(null, "account.invitation.inactive");
        }
        if (account.getPerson() == null || account.getPerson().getWorkEmail() == null) {
            throw new RejectedException(null, "account.person.noEmail");
        }
        sendLink(account, AccountLink.Purpose.INVITATION);
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "invitation sent again");
    }

    /** The accounts whose username, or whose person's name or work e-mail, contains the text; with a role, those holding it. */
    public Page<UserAccount> search(String text, Role role, boolean includeInactive, @NotNull PageRequest page) {
        StringBuilder where = new StringBuilder(" where (a.username like :text escape '\\' or lower(p.familyName) like :text escape '\\'"
                + " or lower(p.givenName) like :text escape '\\' or p.workEmail like :text escape '\\'"
                + " or lower(concat(p.givenName, ' ', p.familyName)) like :text escape '\\')");
        if (role != null) {
            where.append(" and :role member of a.roles");
        }
        if (!includeInactive) {
            where.append(" and a.active = true");
        }
        var count = em.createQuery("select count(a) from UserAccount a left join a.person p" + where, Long.class);
        var rows = em.createQuery("select a from UserAccount a left join fetch a.person p" + where
                + " order by lower(p.familyName), lower(p.givenName), a.username", UserAccount.class);
        String pattern = Text.containsPattern(text);
        count.setParameter("text", pattern);
        rows.setParameter("text", pattern);
        if (role != null) {
            count.setParameter("role", role);
            rows.setParameter("role", role);
        }
        rows.setFirstResult(page.first()).setMaxResults(page.size());
        return new Page<>(rows.getResultList(), count.getSingleResult());
    }

    public UserAccount find(long id) throws NotFoundException {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        return account;
    }

    /** The account of a person, if they have one. */
    public Optional<UserAccount> ofPerson(long personId) {
        return em.createQuery("select a from UserAccount a where a.person.id = :person", UserAccount.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    /**
     * Sets the roles an account holds and the committees it may read as a committee viewer (none without that role); a
     * coordinator keeps the partnerships they work for, and an account without that role has none. The last active
     * administrator keeps the role.
     */
    public void changeRoles(long accountId, @NotNull Set<Role> roles, @NotNull Set<String> committees)
            throws RejectedException, NotFoundException {
        changeRoles(accountId, roles, committees, roles.contains(Role.COORDINATOR) ? find(accountId).getPartnerships() : Set.of());
    }

    /**
     * Sets the roles, the committees a committee viewer reads and the partnerships a coordinator works for (every one
     * when none is given; none without that role). The last active administrator keeps the role.
     */
    public void changeRoles(long accountId, @NotNull Set<Role> roles, @NotNull Set<String> committees, @NotNull Set<Long> partnerships)
            throws RejectedException, NotFoundException {
        UserAccount account = lockedAccount(accountId);
        Set<Long> kept = new java.util.HashSet<>(partnerships);
        checkRoles(roles, committees, kept);
        if (account.isActive() && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && isLastAdministrator(account)) {
            throw new RejectedException("roles", "account.lastAdministrator");
        }
        if (account.getRoles().equals(roles) && account.getCommittees().equals(committees) && account.getPartnerships().equals(kept)) {
            return;
        }
        account.changeRoles(roles, committees, kept);
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "roles " + roleNames(roles) + committeeDetail(committees)
                + partnershipDetail(kept));
    }

    /** Disables an account: it cannot sign in, and its open links stop working. Not the last active administrator's. */
    public void deactivate(long accountId) throws RejectedException, NotFoundException {
        UserAccount account = lockedAccount(accountId);
        if (!account.isActive()) {
            return;
        }
        if (account.getRoles().contains(Role.ADMIN) && isLastAdministrator(account)) {
            throw new RejectedException(null, "account.lastAdministrator");
        }
        account.deactivate();
        endLinks(account, clock.instant());
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "disabled");
    }

    public void reactivate(long accountId) throws NotFoundException {
        UserAccount account = lockedAccount(accountId);
        if (account.isActive()) {
            return;
        }
        account.reactivate();
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "enabled");
    }

    /** Lifts a sign-in lock before it runs out. */
    public void unlock(long accountId) throws NotFoundException {
        UserAccount account = lockedAccount(accountId);
        account.unlock();
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "unlocked");
    }

    /**
     * Signs the account's holder out everywhere: every session signed in until now ends at its next request (within
     * the account check's interval, on every instance); signing in again works as before. For a suspected misuse of
     * an account that is to stay open.
     */
    public void endSessions(long accountId) throws NotFoundException {
        UserAccount account = lockedAccount(accountId);
        account.endSessions(clock.instant());
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "signed out everywhere");
    }

    public void unlock(String username) throws NotFoundException {
        UserAccount account = lookup.find(username).orElseThrow(() -> new NotFoundException("Account", username));
        unlock(account.getId());
    }

    /**
     * What a password link is for, while it works: the account's username and why it was sent. A link that is not
     * ours, used or expired is refused with the reason ({@code account.link.unknown}, {@code .used}, {@code .expired}).
     */
    @PermitAll
    public LinkFor link(String token) throws RejectedException {
        AccountLink link = openLink(token, false);
        return new LinkFor(link.getAccount().getUsername(), link.getPurpose(), link.getExpiresAt());
    }

    /** What a working password link is for. */
    public record LinkFor(String username, AccountLink.Purpose purpose, Instant expiresAt) {
    }

    /**
     * Sets the password of the link's account, if it meets the {@link PasswordPolicy}; the link and every other open
     * link of the account stop working, a lock is lifted (the person has shown they read their mail), and any session
     * signed in with the old password ends.
     */
    @PermitAll
    public void setPassword(String token, String password) throws RejectedException {
        AccountLink link = openLink(token, true);
        UserAccount account = em.find(UserAccount.class, link.getAccount().getId(), LockModeType.PESSIMISTIC_WRITE);
        checkPassword(account, password);
        Instant now = clock.instant();
        account.changePasswordHash(PasswordHasher.hash(password.toCharArray()));
        account.unlock();
        account.endSessions(now);
        endLinks(account, now);
        forgetDevices(account);
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "password set by " + link.getPurpose().name().toLowerCase());
    }

    /**
     * Sends a link to set a new password to the work e-mail of the account with this username or e-mail, if there is
     * an active one with an address. The caller is told the same whatever happened, so nothing here says whether an
     * account exists; at most three links an hour go to one account.
     */
    @PermitAll
    public void requestReset(String usernameOrEmail) {
        Optional<UserAccount> found = lookup.find(usernameOrEmail);
        if (found.isEmpty() || !found.get().isActive() || found.get().getPerson() == null
                || found.get().getPerson().getWorkEmail() == null) {
            return;
        }
        UserAccount account = found.get();
        long recent = em.createQuery("select count(l) from AccountLink l where l.account = :account and l.purpose = :reset"
                        + " and l.createdAt > :since", Long.class).setParameter("account", account)
                .setParameter("reset", AccountLink.Purpose.RESET).setParameter("since", clock.instant().minus(java.time.Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= 3) {
            audit.record(AuditAction.REFUSED, "UserAccount", account.getId(), "password reset: three this hour already");
            return;
        }
        sendLink(account, AccountLink.Purpose.RESET);
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "password reset link sent");
    }

    /**
     * The signed-in person changes their own password, giving the current one. Their other sessions end (the caller
     * keeps the one they changed it in: see the web module's {@code SignedInCheck.signedInNow}).
     */
    @PermitAll
    public void changePassword(String current, String password) throws RejectedException {
        String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        UserAccount account = lookup.locked(caller).orElseThrow(() -> new RejectedException("current", "account.password.noAccount"));
        if (current == null || account.getPasswordHash() == null || !PasswordHasher.matches(current.toCharArray(), account.getPasswordHash())) {
            audit.record(AuditAction.REFUSED, "UserAccount", account.getId(), "password change: current password wrong");
            throw new RejectedException("current", "account.password.currentWrong");
        }
        checkPassword(account, password);
        account.changePasswordHash(PasswordHasher.hash(password.toCharArray()));
        Instant now = clock.instant();
        account.endSessions(now);
        endLinks(account, now);
        forgetDevices(account);
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "password changed");
    }

    /** Whether the caller's account has a password of this application (single sign-on accounts have none to change). */
    @PermitAll
    public boolean callerHasPassword() {
        String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return lookup.find(caller).map(a -> a.getPasswordHash() != null).orElse(false);
    }

    /**
     * The first administrator of a new installation ({@link FirstAdministrator}): while no active account holds the
     * administrator role with a password, the account named by the server's settings (made with that role if missing)
     * gets a link to set its password, sent to the address the settings give; the link, for the server log of
     * installations without mail. Empty when there is an administrator. Callers choose nothing: the settings do.
     */
    @PermitAll
    public Optional<String> startFirstAdministrator() throws RejectedException {
        boolean administered = !em.createQuery("select a.id from UserAccount a where :admin member of a.roles and a.active = true"
                + " and a.passwordHash is not null", Long.class).setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
        if (administered) {
            return Optional.empty();
        }
        String email = Objects.requireNonNullElse(AccountSettings.FIRST_ADMINISTRATOR_EMAIL.get(), "");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RejectedException("email", "account.firstAdministrator.noEmail");
        }
        String normalised = checkedUsernameFormat(Objects.requireNonNullElse(AccountSettings.FIRST_ADMINISTRATOR_USERNAME.get(), email));
        UserAccount account = lookup.locked(normalised).orElse(null);
        if (account == null) {
            account = new UserAccount(normalised, null, null, EnumSet.of(Role.ADMIN));
            em.persist(account);
            audit.record(AuditAction.CREATED, "UserAccount", account.getId(), "first administrator; roles [ADMIN]");
        } else if (!account.getRoles().contains(Role.ADMIN) || !account.isActive()) {
            Set<Role> roles = EnumSet.copyOf(account.getRoles());
            roles.add(Role.ADMIN);
            account.changeRoles(roles, account.getCommittees(), account.getPartnerships());
            account.reactivate();
            audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "first administrator; roles " + roleNames(roles));
        }
        return Optional.of(sendLink(account, AccountLink.Purpose.FIRST_ADMINISTRATOR, email));
    }

    private String sendLink(UserAccount account, AccountLink.Purpose purpose) {
        return sendLink(account, purpose, account.getPerson().getWorkEmail());
    }

    /** Ends the account's open links, makes a new one and mails it; the link's address. */
    private String sendLink(UserAccount account, AccountLink.Purpose purpose, String email) {
        Instant now = clock.instant();
        endLinks(account, now);
        String token = Tokens.newToken();
        AccountLink link = new AccountLink(account, purpose, token, now, now.plus(AccountSettings.lasts(purpose)));
        em.persist(link);
        return mails.link(account, link, token, email);
    }

    /** A new password: no browser is trusted any more until signed in from again. */
    private void forgetDevices(UserAccount account) {
        em.createQuery("delete from TrustedDevice d where d.account = :account").setParameter("account", account).executeUpdate();
    }

    private void endLinks(UserAccount account, Instant now) {
        em.createQuery("update AccountLink l set l.usedAt = :now where l.account = :account and l.usedAt is null")
                .setParameter("now", now).setParameter("account", account).executeUpdate();
    }

    private AccountLink openLink(String token, boolean forUpdate) throws RejectedException {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new RejectedException("token", "account.link.unknown");
        }
        var query = em.createQuery("select l from AccountLink l where l.tokenHash = :hash", AccountLink.class)
                .setParameter("hash", Tokens.digest(token.trim()));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        AccountLink link = query.getResultStream().findFirst().orElseThrow(() -> new RejectedException("token", "account.link.unknown"));
        if (link.getUsedAt() != null) {
            throw new RejectedException("token", "account.link.used");
        }
        if (!link.isOpenAt(clock.instant())) {
            throw new RejectedException("token", "account.link.expired");
        }
        if (!link.getAccount().isActive()) {
            throw new RejectedException("token", "account.link.used");
        }
        return link;
    }

    private void checkPassword(UserAccount account, String password) throws RejectedException {
        Optional<String> problem = PasswordPolicy.problem(password, personalWords(account.getUsername(), account.getPerson()));
        if (problem.isPresent()) {
            throw new RejectedException("password", problem.get());
        }
    }

    private static List<String> personalWords(String username, Person person) {
        List<String> words = new ArrayList<>();
        words.add(username);
        if (person != null) {
            words.add(person.getGivenName());
            words.add(person.getFamilyName());
            words.add(person.getWorkEmail());
        }
        words.add("learning network");
        return words;
    }

    private boolean isLastAdministrator(UserAccount account) {
        return em.createQuery("select count(a) from UserAccount a where :admin member of a.roles and a.active = true and a <> :account",
                Long.class).setParameter("admin", Role.ADMIN).setParameter("account", account).getSingleResult() == 0;
    }

    private String checkedUsername(String username) throws RejectedException {
        String normalised = checkedUsernameFormat(username);
        if (lookup.find(normalised).isPresent()) {
            throw new RejectedException("username", "account.username.duplicate");
        }
        return normalised;
    }

    private static String checkedUsernameFormat(String username) throws RejectedException {
        String normalised = UserAccount.normaliseUsername(username);
        if (normalised == null || !normalised.matches("[a-z0-9._@-]{3,100}")) {
            throw new RejectedException("username", "account.username.invalid");
        }
        return normalised;
    }

    private void checkRoles(Set<Role> roles, Set<String> committees, Set<Long> partnerships) throws RejectedException {
        if (!partnerships.isEmpty() && !roles.contains(Role.COORDINATOR)) {
            throw new RejectedException("partnerships", "account.partnerships.withoutRole");
        }
        if (!partnerships.isEmpty() && em.createQuery("select count(p) from Partnership p where p.id in :ids", Long.class)
                .setParameter("ids", partnerships).getSingleResult() != partnerships.size()) {
            throw new RejectedException("partnerships", "account.partnerships.unknown");
        }
        if (roles == null || roles.isEmpty()) {
            throw new RejectedException("roles", "account.roles.required");
        }
        if (!committees.isEmpty() && !roles.contains(Role.COMMITTEE)) {
            throw new RejectedException("committees", "account.committees.withoutRole");
        }
        if (roles.contains(Role.COMMITTEE) && committees.isEmpty()) {
            throw new RejectedException("committees", "account.committees.required");
        }
        if (!committees.isEmpty() && !committees().stream().map(CommitteeName::code).toList().containsAll(committees)) {
            throw new RejectedException("committees", "account.committees.unknown");
        }
    }

    /** The protection committees a committee viewer may be given, in their order. */
    public List<CommitteeName> committees() {
        List<?> rows = em.createNativeQuery("select code, name from committee order by display_order, code").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CommitteeName(r[0].toString(), r[1].toString())).toList();
    }

    /** A committee's code and name. */
    public record CommitteeName(String code, String name) {
    }

    private static String roleNames(Set<Role> roles) {
        return AccountLookup.roleNames(roles);
    }

    private static String committeeDetail(Set<String> committees) {
        return committees.isEmpty() ? "" : "; committees " + new TreeSet<>(committees);
    }

    private static String partnershipDetail(Set<Long> partnerships) {
        return partnerships.isEmpty() ? "" : "; partnerships " + new TreeSet<>(partnerships);
    }

    private UserAccount lockedAccount(long id) throws NotFoundException {
        UserAccount account = em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        return account;
    }
}
