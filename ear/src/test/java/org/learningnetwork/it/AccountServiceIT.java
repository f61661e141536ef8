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
import org.learningnetwork.access.Role;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.AccountService;
import org.learningnetwork.security.SignInResult;
import org.learningnetwork.security.SignInResult.Outcome;
import org.learningnetwork.security.SignInService;

@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "Kestrel-orbit-parsnip-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private AccountService accounts;

    @Inject
    private SignInService signIns;

    @Inject
    private AsRole.Admin admin;

    private String newAccount(Set<Role> roles) throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        admin.call(() -> accounts.create(username, PASSWORD.toCharArray(), null, roles));
        return username;
    }

    @Test
    void theDirectorysGroupsGiveTheRolesAndAnAccountToAPersonWithTheirEmail() throws Exception {
        var person = data.person(data.organisation("Stirling"), null, null);
        String email = person.getWorkEmail();
        SignInResult first = signIns.signInFromDirectory("jdoe", email, Set.of(Role.COORDINATOR), true);
        assertEquals(Outcome.SIGNED_IN, first.outcome());
        assertEquals(email, first.username());
        assertEquals(Set.of(Role.COORDINATOR), first.roles());
        assertEquals(Set.of(Role.LEARNER, Role.MANAGER), signIns.signInFromDirectory("jdoe", email,
                Set.of(Role.LEARNER, Role.MANAGER), true).roles(), "the groups' roles replace the account's");
        assertEquals(Outcome.UNKNOWN, signIns.signInFromDirectory("jdoe", email, Set.of(), true).outcome(), "no group: no role");
        assertEquals(Set.of(Role.LEARNER, Role.MANAGER), signIns.signInFromDirectory(email, null, Set.of(), false).roles(),
                "roles from the application: the account's");
        assertEquals(Outcome.UNKNOWN, signIns.signInFromDirectory("stranger", "stranger-" + UUID.randomUUID() + "@example.org",
                Set.of(Role.LEARNER), true).outcome(), "nobody with that e-mail");
        assertEquals(Outcome.UNKNOWN, signIns.signInFromDirectory("stranger", null, Set.of(), false).outcome());
        long id = data.accountId(email);
        admin.call(() -> {
            accounts.deactivate(id);
            return null;
        });
        assertEquals(Outcome.FAILED, signIns.signInFromDirectory(email, email, Set.of(Role.LEARNER), true).outcome());
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() throws Exception {
        String username = newAccount(EnumSet.of(Role.COORDINATOR, Role.LEARNER));
        SignInResult result = signIns.signIn(username.toUpperCase(), PASSWORD.toCharArray());
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(username, result.username());
        assertEquals(Set.of(Role.COORDINATOR, Role.LEARNER), result.roles());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailAlikeWithoutSayingWhich() throws Exception {
        String username = newAccount(EnumSet.of(Role.LEARNER));
        SignInResult wrongPassword = signIns.signIn(username, "not-the-password".toCharArray());
        SignInResult unknownUser = signIns.signIn("nobody-" + UUID.randomUUID(), PASSWORD.toCharArray());
        assertEquals(Outcome.FAILED, wrongPassword.outcome());
        assertEquals(wrongPassword, unknownUser);
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilUnlocked() throws Exception {
        String username = newAccount(EnumSet.of(Role.LEARNER));
        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.FAILED, signIns.signIn(username, "wrong".toCharArray()).outcome());
        }
        SignInResult fifth = signIns.signIn(username, "wrong".toCharArray());
        assertEquals(Outcome.LOCKED, fifth.outcome());
        assertNotNull(fifth.lockedUntil());
        assertEquals(Outcome.LOCKED, signIns.signIn(username, PASSWORD.toCharArray()).outcome());
        assertTrue(signIns.lockedUntil(username).isPresent());

        admin.call(() -> { accounts.unlock(username); return null; });
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(username, PASSWORD.toCharArray()).outcome());
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

        signIns.signIn(username, "not-the-password".toCharArray());
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", id, "wrong-password", id), latestEntry());
        signIns.signIn("nobody-" + UUID.randomUUID(), PASSWORD.toCharArray());
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", null, "unknown-account", null), latestEntry());
        signIns.signIn(username, PASSWORD.toCharArray());
        assertEquals(java.util.Arrays.asList(org.learningnetwork.audit.AuditAction.SIGNED_IN, "UserAccount", id, null, id), latestEntry());
        for (int i = 0; i < 5; i++) {
            signIns.signIn(username, "wrong".toCharArray());
        }
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", id, "wrong-password-locked", id), latestEntry());
        signIns.signIn(username, PASSWORD.toCharArray());
        assertEquals(java.util.Arrays.asList(failed, "UserAccount", id, "locked", id), latestEntry());
    }

    @Test
    void theDemoAccountsExistInDemoMode() {
        SignInResult result = signIns.signIn("admin", "Learning-Network-demo1".toCharArray());
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(Set.of(Role.ADMIN), result.roles());
    }

    @Inject
    private TestData data;

    @Inject
    private Delivered delivered;

    private static final java.util.regex.Pattern SET_PASSWORD = java.util.regex.Pattern.compile("/set-password\\.xhtml\\?token=([A-Za-z0-9_%-]+)");

    /** The token of the latest link to set a password mailed to the address, as the mail server received it. */
    private String linkTo(String email) {
        var mails = data.outboxTo(email);
        return delivered.token(mails.get(mails.size() - 1), SET_PASSWORD);
    }

    private org.learningnetwork.people.Person newPerson() {
        return data.person(data.organisation("Stirling"), null, null);
    }

    @Test
    void anInvitedPersonSetsTheirPasswordOnceByTheLinkAndSignsInWithTheirWorkEmail() throws Exception {
        var person = newPerson();
        var account = admin.call(() -> accounts.invite(person.getId(), null, EnumSet.of(Role.LEARNER, Role.MANAGER), Set.of()));
        assertEquals(person.getWorkEmail(), account.getUsername(), "the work e-mail unless another username is given");
        assertEquals(Outcome.FAILED, signIns.signIn(person.getWorkEmail(), "".toCharArray()).outcome(), "no password yet");
        var mail = data.outboxTo(person.getWorkEmail()).get(0);
        assertEquals(org.learningnetwork.notification.MailKind.ACCOUNT_INVITATION, mail.getKind());
        assertEquals(Set.of(Role.LEARNER, Role.MANAGER), admin.call(() -> accounts.find(account.getId())).getRoles());
        String token = linkTo(person.getWorkEmail());
        assertEquals(account.getUsername(), accounts.link(token).username());

        assertEquals("account.password.common", assertThrows(RejectedException.class, () -> accounts.setPassword(token, "Password1234!"))
                .getProblems().get(0).messageKey());
        assertEquals("account.password.personal", assertThrows(RejectedException.class,
                () -> accounts.setPassword(token, person.getFamilyName().replace(" ", "") + "-2026-x")).getProblems().get(0).messageKey());
        accounts.setPassword(token, PASSWORD);
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(person.getWorkEmail().toUpperCase(), PASSWORD.toCharArray()).outcome());
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(account.getUsername(), PASSWORD.toCharArray()).outcome());

        assertEquals("account.link.used", assertThrows(RejectedException.class, () -> accounts.setPassword(token, "Another-kestrel-orbit-77"))
                .getProblems().get(0).messageKey());
        assertEquals("account.link.unknown", assertThrows(RejectedException.class, () -> accounts.link(token + "x")).getProblems().get(0).messageKey());
        assertEquals("account.person.hasAccount", assertThrows(RejectedException.class,
                () -> admin.call(() -> accounts.invite(person.getId(), "someone-else", EnumSet.of(Role.LEARNER), Set.of())))
                .getProblems().get(0).messageKey());
        assertEquals(0, data.count("select count(*) from account_link where token_hash = '" + token + "'"), "only the digest is kept");
    }

    @Test
    void anExpiredLinkAndOneOfADisabledAccountDoNotWork() throws Exception {
        var person = newPerson();
        var account = admin.call(() -> accounts.invite(person.getId(), null, EnumSet.of(Role.LEARNER), Set.of()));
        String token = linkTo(person.getWorkEmail());
        data.execute("update account_link set expires_at = ? where user_account_id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1), account.getId());
        assertEquals("account.link.expired", assertThrows(RejectedException.class, () -> accounts.setPassword(token, PASSWORD))
                .getProblems().get(0).messageKey());

        admin.call(() -> { accounts.resendInvitation(account.getId()); return null; });
        String again = linkTo(person.getWorkEmail());
        admin.call(() -> { accounts.deactivate(account.getId()); return null; });
        assertEquals("account.link.used", assertThrows(RejectedException.class, () -> accounts.setPassword(again, PASSWORD))
                .getProblems().get(0).messageKey());
        assertEquals("account.invitation.inactive", assertThrows(RejectedException.class,
                () -> admin.call(() -> { accounts.resendInvitation(account.getId()); return null; })).getProblems().get(0).messageKey());
    }

    @Test
    void aForgottenPasswordLinkGoesOnlyToAnAccountThatExistsAtMostThreeTimesAnHour() throws Exception {
        var person = newPerson();
        admin.call(() -> accounts.invite(person.getId(), null, EnumSet.of(Role.LEARNER), Set.of()));
        accounts.setPassword(linkTo(person.getWorkEmail()), PASSWORD);
        java.time.Instant firstSet = admin.call(() -> accounts.ofPerson(person.getId())).orElseThrow().getSessionsEndedAt();
        assertNotNull(firstSet, "a password set by a link ends the account's sessions until then");
        int before = data.outboxTo(person.getWorkEmail()).size();

        accounts.requestReset("nobody-" + UUID.randomUUID() + "@test.learning-network.scot");
        for (int i = 0; i < 4; i++) {
            accounts.requestReset(person.getWorkEmail());
        }
        var mails = data.outboxTo(person.getWorkEmail());
        assertEquals(before + 3, mails.size(), "three links, the fourth request answered alike but not sent");
        assertEquals(org.learningnetwork.notification.MailKind.PASSWORD_RESET, mails.get(mails.size() - 1).getKind());
        String token = linkTo(person.getWorkEmail());
        accounts.setPassword(token, "Another-kestrel-orbit-77");
        assertTrue(admin.call(() -> accounts.ofPerson(person.getId())).orElseThrow().getSessionsEndedAt().isAfter(firstSet),
                "a reset ends the sessions signed in with the forgotten password");
        assertEquals(Outcome.FAILED, signIns.signIn(person.getWorkEmail(), PASSWORD.toCharArray()).outcome());
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(person.getWorkEmail(), "Another-kestrel-orbit-77".toCharArray()).outcome());
    }

    @Test
    void rolesAndCommitteesChangeTogetherAndEveryChangeIsAudited() throws Exception {
        var person = newPerson();
        var account = admin.call(() -> accounts.invite(person.getId(), null, EnumSet.of(Role.LEARNER), Set.of()));
        assertEquals("account.committees.required", assertThrows(RejectedException.class, () -> admin.call(() -> {
            accounts.changeRoles(account.getId(), EnumSet.of(Role.COMMITTEE), Set.of()); return null; })).getProblems().get(0).messageKey());
        assertEquals("account.committees.withoutRole", assertThrows(RejectedException.class, () -> admin.call(() -> {
            accounts.changeRoles(account.getId(), EnumSet.of(Role.LEARNER), Set.of("CHILD_PROTECTION_COMMITTEE")); return null; }))
                .getProblems().get(0).messageKey());
        assertEquals("account.committees.unknown", assertThrows(RejectedException.class, () -> admin.call(() -> {
            accounts.changeRoles(account.getId(), EnumSet.of(Role.COMMITTEE), Set.of("NO_SUCH_COMMITTEE")); return null; }))
                .getProblems().get(0).messageKey());
        admin.call(() -> { accounts.changeRoles(account.getId(), EnumSet.of(Role.LEARNER, Role.COMMITTEE), Set.of("CHILD_PROTECTION_COMMITTEE")); return null; });
        var changed = admin.call(() -> accounts.find(account.getId()));
        assertEquals(Set.of(Role.LEARNER, Role.COMMITTEE), changed.getRoles());
        assertEquals(Set.of("CHILD_PROTECTION_COMMITTEE"), changed.getCommittees());
        assertEquals(java.util.Arrays.asList(org.learningnetwork.audit.AuditAction.CHANGED, "UserAccount", account.getId(),
                "roles [COMMITTEE, LEARNER]; committees [CHILD_PROTECTION_COMMITTEE]"), latestEntry().subList(0, 4));
        admin.call(() -> { accounts.deactivate(account.getId()); return null; });
        assertEquals("disabled", latestEntry().get(3));
        admin.call(() -> { accounts.reactivate(account.getId()); return null; });
        assertEquals("enabled", latestEntry().get(3));
    }

    /** The ids of the active administrators' accounts. */
    private java.util.List<Long> activeAdministrators() {
        return data.ids("select a.id from user_account a join user_account_role r on r.user_account_id = a.id"
                + " where r.role = 'ADMIN' and a.active = true");
    }

    /** Runs the check with every active administrator but {@code kept} disabled, and enables them again after. */
    private void withOtherAdministratorsDisabled(Long kept, org.junit.jupiter.api.function.Executable check) throws Throwable {
        java.util.List<Long> others = activeAdministrators().stream().filter(id -> !id.equals(kept)).toList();
        try {
            for (Long id : others) {
                data.execute("update user_account set active = false where id = ?", id);
            }
            check.execute();
        } finally {
            for (Long id : others) {
                data.execute("update user_account set active = true where id = ?", id);
            }
        }
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrLoseTheRole() throws Throwable {
        long last = admin.call(() -> accounts.create("it-admin-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD.toCharArray(),
                null, EnumSet.of(Role.ADMIN))).getId();
        withOtherAdministratorsDisabled(last, () -> {
            assertEquals("account.lastAdministrator", assertThrows(RejectedException.class, () -> admin.call(() -> {
                accounts.deactivate(last); return null; })).getProblems().get(0).messageKey());
            assertEquals("account.lastAdministrator", assertThrows(RejectedException.class, () -> admin.call(() -> {
                accounts.changeRoles(last, EnumSet.of(Role.LEARNER), Set.of()); return null; })).getProblems().get(0).messageKey());
        });
        admin.call(() -> { accounts.deactivate(last); return null; });
        assertTrue(!admin.call(() -> accounts.find(last)).isActive(), "with another administrator it can be disabled");
    }

    @Test
    void aNewInstallationsFirstAdministratorIsSentALinkUntilAnAdministratorHasAPassword() throws Throwable {
        String email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example.gov.uk";
        System.setProperty("learningnetwork.first-administrator.email", email);
        try {
            assertTrue(accounts.startFirstAdministrator().isEmpty(), "the demo administrator has a password");
            withOtherAdministratorsDisabled(null, () -> {
                String link = accounts.startFirstAdministrator().orElseThrow();
                var account = admin.call(() -> accounts.find(data.accountId(email)));
                assertEquals(Set.of(Role.ADMIN), account.getRoles());
                assertTrue(!account.hasPassword());
                var mail = data.outboxTo(email).get(0);
                assertEquals(org.learningnetwork.notification.MailKind.FIRST_ADMINISTRATOR, mail.getKind());
                String token = java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(token, linkTo(email), "the link mailed is the one logged");

                String second = accounts.startFirstAdministrator().orElseThrow();
                assertEquals("account.link.used", assertThrows(RejectedException.class, () -> accounts.link(token)).getProblems().get(0)
                        .messageKey(), "a restart sends a new link; the old one stops working");
                accounts.setPassword(java.net.URLDecoder.decode(second.substring(second.indexOf("token=") + 6),
                        java.nio.charset.StandardCharsets.UTF_8), PASSWORD);
                assertEquals(Outcome.SIGNED_IN, signIns.signIn(email, PASSWORD.toCharArray()).outcome());
                assertTrue(accounts.startFirstAdministrator().isEmpty(), "an administrator has a password now");
            });
            admin.call(() -> { accounts.deactivate(data.accountId(email)); return null; });
        } finally {
            System.clearProperty("learningnetwork.first-administrator.email");
        }
    }

    @Test
    void aBrowserSignedInFromBeforeStillSignsInWhileTheAccountIsLockedAndLosesTrustAfterFiveWrongPasswords() throws Exception {
        String username = newAccount(EnumSet.of(Role.LEARNER));
        SignInResult first = signIns.signIn(username, PASSWORD.toCharArray(), null);
        String device = first.deviceToken();
        assertNotNull(device, "a browser not yet trusted gets a token");
        assertEquals(null, signIns.signIn(username, PASSWORD.toCharArray(), device).deviceToken(), "a trusted one keeps its own");

        // Someone else locks the account guessing from elsewhere.
        for (int i = 0; i < 5; i++) {
            signIns.signIn(username, ("guess-" + i).toCharArray(), null);
        }
        assertEquals(Outcome.LOCKED, signIns.signIn(username, PASSWORD.toCharArray(), null).outcome());
        assertEquals(Outcome.LOCKED, signIns.signIn(username, PASSWORD.toCharArray(), "made-up-token-made-up-token").outcome());
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(username, PASSWORD.toCharArray(), device).outcome(), "its holder is not kept out");
        assertEquals("trusted-device-while-locked", latestEntry().get(3));

        // Wrong passwords from the trusted browser count against the browser, not the account.
        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.FAILED, signIns.signIn(username, ("typo-" + i).toCharArray(), device).outcome());
        }
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(username, PASSWORD.toCharArray(), device).outcome(), "four typos: still trusted");
        for (int i = 0; i < 5; i++) {
            signIns.signIn(username, ("typo-" + i).toCharArray(), device);
        }
        assertEquals("wrong-password-device-untrusted", latestEntry().get(3));
        assertTrue(signIns.signIn(username, PASSWORD.toCharArray(), device).deviceToken() != null,
                "no longer trusted: a sign-in (the account is not locked) makes it a new token");
        assertEquals(0, data.count("select count(*) from trusted_device where token_hash = '" + device + "'"), "only digests are kept");
    }
}
