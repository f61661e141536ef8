package org.learningnetwork.security;

import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;

/**
 * The one way to find who is calling: the signed-in account, and the person behind it (an account may have none, e.g.
 * a learning team account). Services pass their caller's principal ({@code SessionContext.getCallerPrincipal()}).
 */
public final class Callers {

    private Callers() {
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

    /** The id of the signed-in account's person, read without reading the person. */
    public static Optional<Long> personId(EntityManager em, Principal caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return em.createQuery("select p.id from UserAccount a join a.person p where a.username = :username", Long.class)
                .setParameter("username", caller.getName().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
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
