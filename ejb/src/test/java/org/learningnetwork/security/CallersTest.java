package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CallersTest {

    /** The usernames the database was asked about, in order; it knows the accounts in {@code people}. */
    private final List<String> asked = new ArrayList<>();

    private final Map<String, Long> people = Map.of("alex.reid@example.org", 7L);

    @Test
    void outsideARequestEachCallAsksTheDatabase() {
        EntityManager em = database();
        assertEquals(Optional.of(7L), Callers.personId(em, caller("Alex.Reid@example.org")));
        assertEquals(Optional.of(7L), Callers.personId(em, caller("alex.reid@example.org")));
        assertEquals(2, asked.size());
    }

    @Test
    void duringARequestEachCallerIsAskedAboutOnceAndForgottenAfter() {
        EntityManager em = database();
        try (Callers.Remembering request = Callers.remembering()) {
            assertEquals(Optional.of(7L), Callers.personId(em, caller("Alex.Reid@example.org")));
            assertEquals(Optional.of(7L), Callers.personId(em, caller("alex.reid@example.org")));
            assertEquals(Optional.empty(), Callers.personId(em, caller("coordinator@example.org")));
            assertEquals(Optional.empty(), Callers.personId(em, caller("coordinator@example.org")));
            assertEquals(List.of("alex.reid@example.org", "coordinator@example.org"), asked);
        }
        Callers.personId(em, caller("alex.reid@example.org"));
        assertEquals(3, asked.size());
    }

    @Test
    void anInnerOpeningLeavesTheRequestsMemoryToTheRequest() {
        EntityManager em = database();
        try (Callers.Remembering request = Callers.remembering()) {
            try (Callers.Remembering inner = Callers.remembering()) {
                Callers.personId(em, caller("alex.reid@example.org"));
            }
            Callers.personId(em, caller("alex.reid@example.org"));
            assertEquals(1, asked.size());
        }
    }

    @Test
    void removingAccountsForgetsWhatTheRequestRemembered() {
        EntityManager em = database();
        try (Callers.Remembering request = Callers.remembering()) {
            Callers.personId(em, caller("alex.reid@example.org"));
            Callers.forgetRemembered();
            Callers.personId(em, caller("alex.reid@example.org"));
            assertEquals(2, asked.size());
        }
    }

    @Test
    void noCallerHasNoPersonAndAsksNothing() {
        try (Callers.Remembering request = Callers.remembering()) {
            assertEquals(Optional.empty(), Callers.personId(database(), null));
        }
        assertEquals(List.of(), asked);
    }

    private static Principal caller(String name) {
        return () -> name;
    }

    /** An entity manager answering the person id query from {@link #people}, noting each username asked about. */
    private EntityManager database() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (em, method, args) -> switch (method.getName()) {
                    case "createQuery" -> query(new String[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<Long> query(String[] username) {
        return (TypedQuery<Long>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (query, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        username[0] = (String) args[1];
                        yield query;
                    }
                    case "getResultStream" -> {
                        asked.add(username[0]);
                        yield Stream.ofNullable(people.get(username[0]));
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
