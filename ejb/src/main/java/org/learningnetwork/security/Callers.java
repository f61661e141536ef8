package org.learningnetwork.security;

import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.learningnetwork.people.Person;

/** The person behind a signed-in caller (an account may have none, e.g. a learning team account). */
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

    public static Optional<Person> person(EntityManager em, Principal caller) {
        return em.createQuery("select a.person from UserAccount a where a.username = :username", Person.class)
                .setParameter("username", caller.getName().toLowerCase(Locale.ROOT))
                .getResultStream().filter(Objects::nonNull).findFirst();
    }
}
