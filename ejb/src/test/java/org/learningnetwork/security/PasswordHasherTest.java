package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aPasswordMatchesItsOwnHashOnly() {
        String hash = PasswordHasher.hash("correct horse battery".toCharArray());
        assertTrue(PasswordHasher.matches("correct horse battery".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("correct horse batterY".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("".toCharArray(), hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        String first = PasswordHasher.hash("same password".toCharArray());
        String second = PasswordHasher.hash("same password".toCharArray());
        assertNotEquals(first, second);
        assertTrue(PasswordHasher.matches("same password".toCharArray(), first));
        assertTrue(PasswordHasher.matches("same password".toCharArray(), second));
    }

    @Test
    void theHashRecordsAlgorithmAndCostAndNeverThePassword() {
        String hash = PasswordHasher.hash("visible?".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha512:" + PasswordHasher.ITERATIONS + ":"), hash);
        assertFalse(hash.contains("visible?"));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha512:abc:def:ghi"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5:1:AAAA:AAAA"));
    }
}
