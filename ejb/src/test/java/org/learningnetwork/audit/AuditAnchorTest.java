package org.learningnetwork.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditAnchorTest {

    private static final String KEY = "k".repeat(32);
    private static final String OTHER = "o".repeat(40);
    private static final String HASH = "a".repeat(64);

    @Test
    void aHeadSignedWithTheKeyIsRecognisedAndAnyChangeToItIsNot() {
        AuditAnchor anchor = new AuditAnchor(KEY, null);
        String signature = anchor.sign(1, AuditHash.GENESIS, 10, HASH).orElseThrow();
        assertEquals(64, signature.length());
        assertTrue(anchor.signs(signature, 1, AuditHash.GENESIS, 10, HASH));
        assertFalse(anchor.signs(signature, 1, AuditHash.GENESIS, 9, HASH), "entries cut from the end");
        assertFalse(anchor.signs(signature, 2, AuditHash.GENESIS, 10, HASH), "entries cut from the start");
        assertFalse(anchor.signs(signature, 1, AuditHash.GENESIS, 10, "b".repeat(64)), "a rewritten last entry");
        assertFalse(anchor.signs(null, 1, AuditHash.GENESIS, 10, HASH));
        assertFalse(new AuditAnchor(OTHER, null).signs(signature, 1, AuditHash.GENESIS, 10, HASH), "another key");
    }

    @Test
    void whileAKeyIsReplacedTheOneBeforeIsStillAccepted() {
        String old = new AuditAnchor(OTHER, null).sign(1, AuditHash.GENESIS, 10, HASH).orElseThrow();
        AuditAnchor rotating = new AuditAnchor(KEY, OTHER);
        assertTrue(rotating.signs(old, 1, AuditHash.GENESIS, 10, HASH));
        assertEquals(new AuditAnchor(KEY, null).sign(1, AuditHash.GENESIS, 10, HASH), rotating.sign(1, AuditHash.GENESIS, 10, HASH),
                "new signatures use the new key");
    }

    @Test
    void withoutAKeyNothingIsSignedAndAShortKeyIsRefused() {
        AuditAnchor none = new AuditAnchor(" ", null);
        assertFalse(none.configured());
        assertEquals(Optional.empty(), none.sign(1, AuditHash.GENESIS, 10, HASH));
        assertThrows(IllegalStateException.class, () -> new AuditAnchor("too-short", null));
    }
}
