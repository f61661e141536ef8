package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void pageRequestsAreBounded() {
        new PageRequest(0, PageRequest.MAX_SIZE);
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
    }

    @Test
    void aPageCannotHoldMoreRowsThanTheTotal() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of("a", "b"), 1));
    }
}
