package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.AccountService;
import org.learningnetwork.security.Role;
import org.learningnetwork.security.SignInResult;
import org.learningnetwork.security.SignInResult.Outcome;

@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "a-long-enough-password";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(AccountServiceIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AsRole.Admin admin;

    private String newAccount(Set<Role> roles) throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        admin.call(() -> accounts.create(username, PASSWORD.toCharArray(), null, roles));
        return username;
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() throws Exception {
        String username = newAccount(EnumSet.of(Role.COORDINATOR, Role.LEARNER));
        SignInResult result = accounts.signIn(username.toUpperCase(), PASSWORD.toCharArray());
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(username, result.username());
        assertEquals(Set.of(Role.COORDINATOR, Role.LEARNER), result.roles());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailAlikeWithoutSayingWhich() throws Exception {
        String username = newAccount(EnumSet.of(Role.LEARNER));
        SignInResult wrongPassword = accounts.signIn(username, "not-the-password".toCharArray());
        SignInResult unknownUser = accounts.signIn("nobody-" + UUID.randomUUID(), PASSWORD.toCharArray());
        assertEquals(Outcome.FAILED, wrongPassword.outcome());
        assertEquals(wrongPassword, unknownUser);
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilUnlocked() throws Exception {
        String username = newAccount(EnumSet.of(Role.LEARNER));
        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.FAILED, accounts.signIn(username, "wrong".toCharArray()).outcome());
        }
        SignInResult fifth = accounts.signIn(username, "wrong".toCharArray());
        assertEquals(Outcome.LOCKED, fifth.outcome());
        assertNotNull(fifth.lockedUntil());
        assertEquals(Outcome.LOCKED, accounts.signIn(username, PASSWORD.toCharArray()).outcome());
        assertTrue(accounts.lockedUntil(username).isPresent());

        admin.call(() -> { accounts.unlock(username); return null; });
        assertEquals(Outcome.SIGNED_IN, accounts.signIn(username, PASSWORD.toCharArray()).outcome());
    }

    @Test
    void newAccountsNeedAValidUniqueUsernameALongPasswordAndARole() throws Exception {
        String taken = newAccount(EnumSet.of(Role.LEARNER));
        assertEquals("account.username.duplicate", rejection(taken, PASSWORD, EnumSet.of(Role.LEARNER)));
        assertEquals("account.username.invalid", rejection("no spaces allowed", PASSWORD, EnumSet.of(Role.LEARNER)));
        assertEquals("account.password.tooShort", rejection("short-" + UUID.randomUUID().toString().substring(0, 6), "short", EnumSet.of(Role.LEARNER)));
        assertEquals("account.roles.required", rejection("noroles-" + UUID.randomUUID().toString().substring(0, 6), PASSWORD, EnumSet.noneOf(Role.class)));
    }

    private String rejection(String username, String password, Set<Role> roles) {
        return assertThrows(RejectedException.class,
                () -> admin.call(() -> accounts.create(username, password.toCharArray(), null, roles)))
                .getProblems().get(0).messageKey();
    }

    @Inject
    private org.learningnetwork.audit.AuditLog audit;

    @Inject
    private AsRole.Dpo dpo;

    /** The latest audit entry as action, target type, target, detail and actor. */
    private java.util.List<Object> latestEntry() throws Exception {
        var entry = dpo.call(() -> audit.entries(new org.learningnetwork.platform.PageRequest(0, 1))).rows().get(0);
        return java.util.Arrays.asList(entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getDetail(),
                entry.getActorAccountId());
    }

    @Test
    void signInsAndFailedOnesAreAuditedByAccountNeverWithWhatWasTyped() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        long id = admin.call(() -> accounts.create(username, PASSWORD.toCharArray(), null, EnumSet.of(Role.LEARNER))).getId();
        var failed = org.learningnetwork.audit.AuditAction.SIGN_IN_FAILED;

        accounts.signIn(username, "not-the-password".toCharArray());
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", id, "wrong-password", id), latestEntry());
        accounts.signIn("nobody-" + UUID.randomUUID(), PASSWORD.toCharArray());
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", null, "unknown-account", null), latestEntry());
        accounts.signIn(username, PASSWORD.toCharArray());
        assertEquals(java.util.Arrays.asList(org.learningnetwork.audit.AuditAction.SIGNED_IN, "UserAccount", id, null, id), latestEntry());
        for (int i = 0; i < 5; i++) {
            accounts.signIn(username, "wrong".toCharArray());
        }
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", id, "wrong-password-locked", id), latestEntry());
        accounts.signIn(username, PASSWORD.toCharArray());
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", id, "locked", id), latestEntry());
    }

    @Test
    void theDemoAccountsExistInDemoMode() {
        SignInResult result = accounts.signIn("admin", "Learning-Network-demo1".toCharArray());
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(Set.of(Role.ADMIN), result.roles());
    }
}
