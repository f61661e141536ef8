package org.learningnetwork.security;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.learningnetwork.access.Role;

/** Finding an account as people name it: by its username, or else by its person's work e-mail. */
@Dependent
class AccountLookup {

    @PersistenceContext
    private EntityManager em;

    /** The account, if any. */
    Optional<UserAccount> find(String usernameOrEmail) {
        return query(usernameOrEmail, false);
    }

    /** The account with its row locked, so that concurrent attempts on one account count every failure. */
    Optional<UserAccount> locked(String usernameOrEmail) {
        return query(usernameOrEmail, true);
    }

    /** Roles as the audit log writes them: names in order. */
    static String roleNames(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).toList()).toString();
    }

    /**
     * The account with this username, or else the one whose person has this work e-mail; locked for update after it is
     * found (a lock cannot go with the outer join that finds it by e-mail).
     */
    private Optional<UserAccount> query(String username, boolean forUpdate) {
        String normalised = UserAccount.normaliseUsername(username);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> id = em.createQuery("select a.id from UserAccount a where a.username = :username", Long.class)
                .setParameter("username", normalised).getResultStream().findFirst();
        if (id.isEmpty()) {
            id = em.createQuery("select a.id from UserAccount a join a.person p where p.workEmail = :email", Long.class)
                    .setParameter("email", normalised).getResultStream().findFirst();
        }
        return id.map(found -> forUpdate ? em.find(UserAccount.class, found, LockModeType.PESSIMISTIC_WRITE) : em.find(UserAccount.class, found));
    }
}
