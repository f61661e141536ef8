package org.learningnetwork.security;

import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;

/**
 * The one way to find who is calling: the signed-in account, and the person behind it (an account may have none, e.g.
 * a learning team account). Services pass their caller's principal ({@code SessionContext.getCallerPrincipal()}).
 *
 * <p>A page calls several services, and each asks who its caller's person is: during a request ({@link #remembering},
 * opened by the web module around each request) the answer is read once and remembered until the request ends. An
 * account's person is fixed when the account is made, so only an account removed during the request could change it:
 * whatever removes accounts calls {@link #forgetRemembered}. Outside a request (timers, jobs) nothing is remembered.
 */
public final class Callers {

    /** The person ids (or none) of the usernames read during the current request, while one is being remembered. */
    private static final ThreadLocal<Map<String, Optional<Long>>> REMEMBERED = new ThreadLocal<>();

    private static final Remembering NOT_OPENED_HERE = () -> {
    };

    private Callers() {
    }

    /** What {@link #remembering} opened; closing it forgets what was remembered. */
    @FunctionalInterface
    public interface Remembering extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Remembers the callers' person ids read on this thread until the result is closed: opened around a request (in a
     * try-with-resources block) that ends on the thread it began on. Within one already open, it changes nothing.
     */
    public static Remembering remembering() {
        if (REMEMBERED.get() != null) {
            return NOT_OPENED_HERE;
        }
        REMEMBERED.set(new HashMap<>());
        return REMEMBERED::remove;
    }

    /** Forgets what the current request remembered: called when accounts are removed. */
    public static void forgetRemembered() {
        Map<String, Optional<Long>> remembered = REMEMBERED.get();
        if (remembered != null) {
            remembered.clear();
        }
    }

    /** The signed-in account's id; none for a caller who is not signed in (e.g. a timer). */
    public static Optional<Long> accountId(EntityManager em, Principal caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return em.createQuery("select a.id from UserAccount a where a.username = :username", Long.class)
                .setParameter("username", caller.getName().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * The id of the signed-in account's person, read without reading the person; during a request, read once
     * ({@link #remembering}).
     */
    public static Optional<Long> personId(EntityManager em, Principal caller) {
        if (caller == null) {
            return Optional.empty();
        }
        String username = caller.getName().toLowerCase(Locale.ROOT);
        Map<String, Optional<Long>> remembered = REMEMBERED.get();
        Optional<Long> known = remembered == null ? null : remembered.get(username);
        if (known != null) {
            return known;
        }
        Optional<Long> id = em.createQuery("select p.id from UserAccount a join a.person p where a.username = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst();
        if (remembered != null) {
            remembered.put(username, id);
        }
        return id;
    }

    /** The signed-in account's person, if it has one. */
    public static Optional<Person> person(EntityManager em, Principal caller) {
        return em.createQuery("select a.person from UserAccount a where a.username = :username", Person.class)
                .setParameter("username", caller.getName().toLowerCase(Locale.ROOT))
                .getResultStream().filter(Objects::nonNull).findFirst();
    }

    /** The signed-in account's person; refused with {@code refusal} (a message key) for an account without one. */
    public static Person requirePerson(EntityManager em, Principal caller, String refusal) throws RejectedException {
        return person(em, caller).orElseThrow(() -> new RejectedException(null, refusal));
    }

    /** The id of the signed-in account's person; refused with {@code refusal} for an account without one. */
    public static long requirePersonId(EntityManager em, Principal caller, String refusal) throws RejectedException {
        return personId(em, caller).orElseThrow(() -> new RejectedException(null, refusal));
    }

    /**
     * The signed-in account's person as a reference, for when only who they are matters (who acted): their details are
     * not read. Refused with {@code refusal} for an account without one.
     */
    public static Person requirePersonReference(EntityManager em, Principal caller, String refusal) throws RejectedException {
        return personId(em, caller).map(id -> em.getReference(Person.class, id)).orElseThrow(() -> new RejectedException(null, refusal));
    }
}
