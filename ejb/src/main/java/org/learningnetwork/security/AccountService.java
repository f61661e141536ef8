package org.learningnetwork.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * Sign-in accounts of the application's own identity store: checks passwords, counts failures and locks
 * accounts after too many, and lets administrators create and unlock accounts.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountService {

    /** Shortest password accepted for a new account. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** Checked against for unknown usernames so that a failure takes as long whether or not the account exists. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy-password".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Checks a username and password. Each failure counts towards the lockout; a locked or deactivated
     * account never signs in, whatever the password.
     */
    @PermitAll
    public SignInResult signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = lockedAccount(username);
        if (found.isEmpty() || !found.get().isActive()) {
            PasswordHasher.matches(password, DECOY_HASH);
            audit.signIn(found.map(UserAccount::getId).orElse(null), false, found.isEmpty() ? "unknown-account" : "deactivated");
            return SignInResult.failed();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            audit.signIn(account.getId(), false, "locked");
            return SignInResult.locked(account.getLockedUntil());
        }
        if (!PasswordHasher.matches(password, account.getPasswordHash())) {
            SignInPolicy policy = SignInPolicy.fromSystemProperties();
            account.recordFailedSignIn(now, policy.maxFailures(), policy.lockFor());
            boolean locked = account.isLockedAt(now);
            audit.signIn(account.getId(), false, locked ? "wrong-password-locked" : "wrong-password");
            return locked ? SignInResult.locked(account.getLockedUntil()) : SignInResult.failed();
        }
        account.recordSignIn(now);
        audit.signIn(account.getId(), true, null);
        return SignInResult.signedIn(account.getUsername(), account.getRoles());
    }

    /** Until when the account is locked, if it is locked now. */
    @PermitAll
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return findAccount(username).filter(a -> a.isLockedAt(now)).map(UserAccount::getLockedUntil);
    }

    public UserAccount create(@NotNull String username, @NotNull char[] password, Long personId,
                              @NotNull Set<Role> roles) throws RejectedException {
        String normalised = UserAccount.normaliseUsername(username);
        if (normalised == null || !normalised.matches("[a-z0-9._@-]{3,100}")) {
            throw new RejectedException("username", "account.username.invalid");
        }
        if (findAccount(normalised).isPresent()) {
            throw new RejectedException("username", "account.username.duplicate");
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new RejectedException("password", "account.password.tooShort");
        }
        if (roles.isEmpty()) {
            throw new RejectedException("roles", "account.roles.required");
        }
        Person person = null;
        if (personId != null) {
            person = em.find(Person.class, personId);
            if (person == null) {
                throw new RejectedException("person", "account.person.unknown");
            }
        }
        UserAccount account = new UserAccount(normalised, PasswordHasher.hash(password), person, roles);
        em.persist(account);
        audit.record(AuditAction.CREATED, "UserAccount", account.getId(), null);
        return account;
    }

    public void unlock(String username) throws NotFoundException {
        UserAccount account = findAccount(username).orElseThrow(() -> new NotFoundException("Account", username));
        account.unlock();
        audit.record(AuditAction.CHANGED, "UserAccount", account.getId(), "unlocked");
    }

    private Optional<UserAccount> findAccount(String username) {
        return query(username, false);
    }

    /** Locks the row so that concurrent attempts on one account count every failure. */
    private Optional<UserAccount> lockedAccount(String username) {
        return query(username, true);
    }

    private Optional<UserAccount> query(String username, boolean forUpdate) {
        String normalised = UserAccount.normaliseUsername(username);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        var query = em.createQuery("select a from UserAccount a where a.username = :username", UserAccount.class)
                .setParameter("username", normalised);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<UserAccount> accounts = query.getResultList();
        return accounts.stream().findFirst();
    }
}
