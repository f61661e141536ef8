package org.learningnetwork.security;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.learningnetwork.access.Role;
import org.learningnetwork.people.Person;

/** The learning team: the people whose active accounts have the coordinator role, for what it is told by e-mail. */
public final class LearningTeam {

    private LearningTeam() {
    }

    /** Its members still in the workforce with a work address, in the order they were added. */
    public static List<Person> members(EntityManager em) {
        return em.createQuery("select distinct p from UserAccount a join a.roles r join a.person p"
                        + " where r = :coordinator and a.active = true and p.active = true and p.workEmail is not null order by p.id",
                        Person.class).setParameter("coordinator", Role.COORDINATOR).getResultList();
    }
}
