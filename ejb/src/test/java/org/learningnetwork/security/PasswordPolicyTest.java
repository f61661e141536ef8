package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final List<String> FRASER = List.of("Fraser", "Gillespie", "f.gillespie@council.example.gov.uk");

    private static Optional<String> problem(String password) {
        return PasswordPolicy.problem(password, FRASER);
    }

    @Test
    void lengthMattersAndNothingElseIsRequired() {
        assertEquals(Optional.of("account.password.tooShort"), problem("kjh3-8fgq-p"), "11 characters");
        assertEquals(Optional.empty(), problem("kjh3-8fgq-pl"), "12 characters, no capital, no symbol rule");
        assertEquals(Optional.of("account.password.tooShort"), problem(null));
        assertEquals(Optional.empty(), problem("a very long sentence about my dog"), "a pass phrase");
        assertEquals(Optional.empty(), problem("Learning-Network-demo1"));
        assertEquals(Optional.of("account.password.tooLong"), problem("x".repeat(PasswordPolicy.LONGEST + 1)));
        assertEquals(Optional.of("account.password.tooShort"), problem("ééééé"), "characters are counted, not bytes");
    }

    @Test
    void breachedAndCommonPasswordsAreRefusedWithTheirDecorations() {
        for (String password : List.of("password123456", "Password1234!", "qwertyuiop123", "correct horse battery staple",
                "iloveyou2024!", "LetMeIn!LetMeIn!", "P@ssw0rd12345")) {
            assertEquals(Optional.of("account.password.common"), problem(password), password);
        }
    }

    @Test
    void passwordsBuiltOnThePersonsOwnNamesAreRefused() {
        assertEquals(Optional.of("account.password.personal"), problem("Fraser2024Gillespie"));
        assertEquals(Optional.of("account.password.personal"), problem("gillespie12345"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("Fraser2024Gillespie-kjh3-8fgq", FRASER), "long enough besides");
    }

    @Test
    void otherQuicklyGuessedPatternsAreRefused() {
        assertEquals(Optional.of("account.password.guessable"), problem("aaaaaaaaaaaaaaaa"));
        assertEquals(Optional.of("account.password.guessable"), problem("abcdefghijklmnop"));
    }

    @Test
    void thePersonsWordsAreTheirNamesAndThePartsOfTheirAddresses() {
        assertEquals(List.of("fraser", "gillespie", "council", "example", "gov"), PasswordPolicy.words(FRASER));
    }
}
