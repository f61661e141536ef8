package org.learningnetwork.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** How the screens greet a signed-in user: by the name of the person their account belongs to. */
@Stateless
@PermitAll
public class SignedInNames {

    /** A person's given name and full name. */
    public record Names(String given, String full) {
    }

    @PersistenceContext
    private EntityManager em;

    /** The names of the person whose account this is; nothing for an account without a person (the first administrator). */
    public Optional<Names> of(String username) {
        return em.createQuery("select p.givenName, p.familyName from UserAccount a join a.person p where a.username = :username",
                Object[].class).setParameter("username", username).getResultStream().findFirst()
                .map(row -> new Names((String) row[0], (row[0] + " " + row[1]).strip()));
    }
}
