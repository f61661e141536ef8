package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SignedInSummaryTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    private final SignedInSummary summary = new SignedInSummary();
    private final List<String> read = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    private Function<String, Optional<SignedInNames.Names>> names(String given, String family) {
        return username -> {
            read.add(username);
            return Optional.of(new SignedInNames.Names(given, given + " " + family));
        };
    }

    private boolean coordinator(String role) {
        asked.add(role);
        return role.equals("COORDINATOR");
    }

    @Test
    void theNamesAreReadOnceAMinuteForTheSameSignIn() {
        Principal sam = () -> "sam";
        assertEquals("Sam Lee", summary.names(sam, names("Sam", "Lee"), NOON).orElseThrow().full());
        assertEquals("Sam Lee", summary.names(sam, names("Sam", "Leigh"), NOON.plusSeconds(59)).orElseThrow().full(), "kept");
        assertEquals("Sam Leigh", summary.names(sam, names("Sam", "Leigh"), NOON.plusSeconds(60)).orElseThrow().full(),
                "a corrected name shows after a minute");
        assertEquals(List.of("sam", "sam"), read);
    }

    @Test
    void anAccountWithoutAPersonIsNotReadOnEachPage() {
        Principal admin = () -> "admin";
        Function<String, Optional<SignedInNames.Names>> none = username -> {
            read.add(username);
            return Optional.empty();
        };
        assertTrue(summary.names(admin, none, NOON).isEmpty());
        assertTrue(summary.names(admin, none, NOON.plusSeconds(30)).isEmpty());
        assertEquals(List.of("admin"), read);
    }

    @Test
    void eachRoleIsAskedOncePerSignIn() {
        Principal sam = () -> "sam";
        assertTrue(summary.hasRole(sam, "COORDINATOR", this::coordinator));
        assertFalse(summary.hasRole(sam, "ADMIN", this::coordinator));
        assertTrue(summary.hasRole(sam, "COORDINATOR", this::coordinator));
        assertFalse(summary.hasRole(sam, "ADMIN", this::coordinator));
        assertEquals(List.of("COORDINATOR", "ADMIN"), asked);
    }

    @Test
    void aNewSignInInTheSameSessionStartsAfresh() {
        Principal sam = () -> "sam";
        summary.names(sam, names("Sam", "Lee"), NOON);
        summary.hasRole(sam, "COORDINATOR", this::coordinator);

        Principal samAgain = () -> "sam";
        assertFalse(summary.hasRole(samAgain, "COORDINATOR", role -> false), "the roles of the new sign-in");
        assertEquals("Alex Lee", summary.names(samAgain, names("Alex", "Lee"), NOON.plusSeconds(1)).orElseThrow().full());
        assertEquals(List.of("sam", "sam"), read);
    }
}
