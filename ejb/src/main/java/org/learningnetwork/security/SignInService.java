package org.learningnetwork.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Role;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Tokens;

/**
 * Signing in: a username (or work e-mail) and password checked against the application's accounts, with the lock after
 * failed attempts and the browsers an account trusts, or someone the council's directory or OpenID Connect provider
 * has signed in matched to their account. Every attempt is audited. Open to anyone: nobody is signed in yet.
 */
@Stateless
@PermitAll
public class SignInService {

    /** Checked against for unknown usernames so that a failure takes as long whether or not the account exists. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy-password".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private AccountLookup lookup;

    @Resource
    private SessionContext session;

    /** Checks a username (or work e-mail) and password from a browser not known to trust. */
    @PermitAll
    public SignInResult signIn(String username, char[] password) {
        return signIn(username, password, null);
    }

    /**
     * Checks a username (or work e-mail) and password, from a browser holding {@code deviceToken} (or none). A
     * deactivated account, or one whose password is not set yet, never signs in. Each failure counts towards the
     * account's lock, and a locked account does not sign in whatever the password, except from a browser its holder
     * signed in from before ({@link TrustedDevice}): there failures count against that browser instead, so that
     * someone guessing elsewhere cannot keep the holder out. A sign-in from a browser not yet trusted gives it a token.
     */
    @PermitAll
    public SignInResult signIn(String username, char[] password, String deviceToken) {
        Instant now = clock.instant();
        Optional<UserAccount> found = lookup.locked(username);
        if (found.isEmpty() || !found.get().isActive() || found.get().getPasswordHash() == null) {
            PasswordHasher.matches(password, DECOY_HASH);
            audit.signIn(found.map(UserAccount::getId).orElse(null), false, found.isEmpty() ? "unknown-account"
                    : !found.get().isActive() ? "deactivated" : "no-password-yet");
            return SignInResult.failed();
        }
        UserAccount account = found.get();
        TrustedDevice device = trustedDevice(account, deviceToken).orElse(null);
        if (device == null && account.isLockedAt(now)) {
            audit.signIn(account.getId(), false, "locked");
            return SignInResult.locked(account.getLockedUntil());
        }
        if (!PasswordHasher.matches(password, account.getPasswordHash())) {
            if (device != null) {
                boolean trusted = device.failedSignIn();
                if (!trusted) {
                    em.remove(device);
                }
                audit.signIn(account.getId(), false, trusted ? "wrong-password-trusted-device" : "wrong-password-device-untrusted");
                return SignInResult.failed();
            }
            SignInPolicy policy = SignInPolicy.fromSystemProperties();
            account.recordFailedSignIn(now, policy.maxFailures(), policy.lockFor());
            boolean locked = account.isLockedAt(now);
            audit.signIn(account.getId(), false, locked ? "wrong-password-locked" : "wrong-password");
            return locked ? SignInResult.locked(account.getLockedUntil()) : SignInResult.failed();
        }
        String newToken = null;
        if (device != null) {
            device.signedIn(now);
        } else {
            newToken = Tokens.newToken();
            em.persist(new TrustedDevice(account, newToken, now));
            keepNewestDevices(account);
        }
        boolean wasLocked = account.isLockedAt(now);
        account.recordSignIn(now);
        audit.signIn(account.getId(), true, wasLocked ? "trusted-device-while-locked" : null);
        return SignInResult.signedIn(account.getUsername(), account.getRoles(), newToken);
    }

    /**
     * Signs in someone the council's directory has just signed in ({@link Directory}): the account whose username (or
     * person's work e-mail) is what they typed, else whose person's work e-mail is their directory e-mail. With roles
     * from directory groups ({@code groupRoles}; {@code rolesFromGroups}), the account takes the roles the groups give
     * (none: refused), and an active person with that work e-mail and no account is given one; otherwise the
     * account's own roles count. Refused as UNKNOWN when no account is found, as FAILED when it is deactivated. The
     * lock after failed passwords is the directory's business, not this account's.
     */
    @PermitAll
    public SignInResult signInFromDirectory(String typed, String directoryEmail, @NotNull Set<Role> groupRoles, boolean rolesFromGroups) {
        Instant now = clock.instant();
        Optional<UserAccount> found = lookup.locked(typed);
        if (found.isEmpty() && directoryEmail != null) {
            found = lookup.locked(directoryEmail);
        }
        if (found.isEmpty() && rolesFromGroups && !groupRoles.isEmpty() && directoryEmail != null) {
            found = em.createQuery("select p from Person p where p.workEmail = :email and p.active = true", Person.class)
                    .setParameter("email", directoryEmail).getResultStream().findFirst()
                    .filter(person -> em.createQuery("select count(a) from UserAccount a where a.person = :person", Long.class)
                            .setParameter("person", person).getSingleResult() == 0)
                    .filter(person -> lookup.find(directoryEmail).isEmpty())
                    .map(person -> {
                        UserAccount account = new UserAccount(directoryEmail, null, person, groupRoles);
                        em.persist(account);
                        audit.record(AuditAction.CREATED, "UserAccount", account.getId(), "from the directory; roles " + AccountLookup.roleNames(groupRoles));
                        return account;
                    });
        }
        if (found.isEmpty()) {
            audit.signIn(null, false, "directory-unknown");
            return SignInResult.unknown();
        }
        UserAccount account = found.get();
        if (!account.isActive()) {
            audit.signIn(account.getId(), false, "deactivated");
            return SignInResult.failed();
        }
        if (rolesFromGroups) {
            if (groupRoles.isEmpty()) {
                audit.signIn(account.getId(), false, "directory-no-role");
                return SignInResult.unknown();
            }
            if (!account.getRoles().equals(groupRoles)) {
                account.changeRoles(groupRoles, account.getCommittees(), account.getPartnerships());
                audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "roles from directory groups: " + AccountLookup.roleNames(groupRoles));
            }
        }
        account.recordSignIn(now);
        audit.signIn(account.getId(), true, "directory");
        return SignInResult.signedIn(account.getUsername(), account.getRoles(), null);
    }

    /**
     * The caller's account as it is now: the roles it holds while active, and when its sessions were last ended. The
     * container fixes a session's roles when it signs in: a session goes on only while its account still holds the
     * roles it signed in with and its sessions have not been ended since (see the web module's {@code SignedInCheck}).
     */
    @PermitAll
    public AccountNow callerAccountNow() {
        List<Object[]> rows = em.createQuery("select r, a.sessionsEndedAt from UserAccount a join a.roles r"
                + " where a.username = :username and a.active = true", Object[].class)
                .setParameter("username", session.getCallerPrincipal().getName()).getResultList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.add((Role) row[0]));
        return new AccountNow(roles, rows.isEmpty() ? null : (Instant) rows.get(0)[1]);
    }

    /** The browsers an account trusts, newest first, are at most ten. */
    private void keepNewestDevices(UserAccount account) {
        List<TrustedDevice> devices = em.createQuery("select d from TrustedDevice d where d.account = :account"
                + " order by d.lastUsedAt desc, d.id desc", TrustedDevice.class).setParameter("account", account).getResultList();
        devices.stream().skip(10).forEach(em::remove);
    }

    private Optional<TrustedDevice> trustedDevice(UserAccount account, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select d from TrustedDevice d where d.tokenHash = :hash and d.account = :account", TrustedDevice.class)
                .setParameter("hash", Tokens.digest(token.strip())).setParameter("account", account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Records that a client address is now made to wait after its failed sign-ins (no account, no address). */
    @PermitAll
    public void clientThrottled() {
        audit.signIn(null, false, "client-throttled");
    }

    /** Until when the account is locked, if it is locked now. */
    @PermitAll
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return lookup.find(username).filter(a -> a.isLockedAt(now)).map(UserAccount::getLockedUntil);
    }
}
