package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.access.Role;

class SessionRecheckTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void theAccountIsReadFirstAndThenOnceEachInterval() {
        assertTrue(SessionRecheck.due(null, NOON, MINUTE), "never read for the session");
        assertFalse(SessionRecheck.due(NOON, NOON.plusSeconds(59), MINUTE));
        assertTrue(SessionRecheck.due(NOON, NOON.plusSeconds(60), MINUTE));
        assertTrue(SessionRecheck.due(NOON, NOON, Duration.ZERO), "0: on every request");
        assertFalse(SessionRecheck.due(NOON, NOON.minusSeconds(5), MINUTE), "a clock set back waits");
    }

    @Test
    void theSessionGoesOnOnlyWithAnActiveAccountHoldingTheSameRoles() {
        Set<Role> manager = Set.of(Role.LEARNER, Role.MANAGER);
        Instant in = Instant.parse("2026-12-07T09:00:00Z");
        assertTrue(SessionRecheck.goesOn(manager, in, Set.of(Role.MANAGER, Role.LEARNER), null));
        assertFalse(SessionRecheck.goesOn(manager, in, Set.of(Role.LEARNER), null), "a role taken away");
        assertFalse(SessionRecheck.goesOn(manager, in, Set.of(Role.LEARNER, Role.MANAGER, Role.COORDINATOR), null), "a role given");
        assertFalse(SessionRecheck.goesOn(manager, in, Set.of(), null), "disabled, or the username changed");
        assertFalse(SessionRecheck.goesOn(Set.of(), in, Set.of(), null), "no role either way");
    }

    @Test
    void aSessionSignedInBeforeItsAccountsSessionsWereEndedEnds() {
        Set<Role> learner = Set.of(Role.LEARNER);
        Instant in = Instant.parse("2026-12-07T09:00:00Z");
        assertFalse(SessionRecheck.goesOn(learner, in, learner, in.plusMillis(1)), "password changed elsewhere after it signed in");
        assertTrue(SessionRecheck.goesOn(learner, in, learner, in), "signed in (or changed the password) at that moment");
        assertTrue(SessionRecheck.goesOn(learner, in, learner, in.minusSeconds(60)), "signed in again since");
    }

    @Test
    void stylesAndScriptsAreNotCheckedOn() {
        assertTrue(SessionRecheck.checkedOn("/my/index.xhtml"));
        assertTrue(SessionRecheck.checkedOn("/api/my/bookings"));
        assertTrue(SessionRecheck.checkedOn("/"));
        assertFalse(SessionRecheck.checkedOn("/jakarta.faces.resource/faces.js.xhtml"));
        assertFalse(SessionRecheck.checkedOn("/resources/css/site.css"));
    }

    @Test
    void anEndedSessionIsToldSoAsItsRequestExpects() {
        assertEquals(SessionRecheck.Answer.API, SessionRecheck.answer("/api/my/bookings", null));
        assertEquals(SessionRecheck.Answer.PARTIAL_PAGE, SessionRecheck.answer("/my/team.xhtml", "partial/ajax"));
        assertEquals(SessionRecheck.Answer.PAGE, SessionRecheck.answer("/my/team.xhtml", null));
    }

    @Test
    void thePageGoesToSignInAgainSayingWhyAndComesBackAfter() {
        String url = SessionRecheck.signInAgain("/learning", "/people/person.xhtml", "id=3&tab=account");
        assertEquals("/learning/sign-in.xhtml?signedOut=changed&continue=%2Fpeople%2Fperson.xhtml%3Fid%3D3%26tab%3Daccount", url);
        assertEquals("/learning/sign-in.xhtml?signedOut=changed&continue=%2Fmy%2Findex.xhtml",
                SessionRecheck.signInAgain("/learning", "/my/index.xhtml", null));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"/learning/sign-in.xhtml?signedOut=changed"
                + "&amp;continue=%2Fmy%2Findex.xhtml\"></redirect></partial-response>", SessionRecheck.partialRedirect(
                SessionRecheck.signInAgain("/learning", "/my/index.xhtml", null)));
    }
}
