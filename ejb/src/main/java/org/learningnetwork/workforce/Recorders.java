package org.learningnetwork.workforce;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.learningnetwork.access.Roles;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.security.Callers;

/**
 * Who may record a person's qualifications and registration: the administrator anyone's, the learning team the people
 * of the partnerships they work for, a line manager their staff's.
 */
final class Recorders {

    private Recorders() {
    }

    /** The person, if the caller may record theirs; anyone else is answered as if there were no one. */
    static Person recordable(EntityManager em, SessionContext context, long personId) throws NotFoundException {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (context.isCallerInRole(Roles.ADMIN)
                || context.isCallerInRole(Roles.COORDINATOR) && org.learningnetwork.organisation.PartnershipScope.covers(em, context, person.getOrganisation())) {
            return person;
        }
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (me == null || person.getLineManager() == null || !me.equals(person.getLineManager().getId())) {
            throw new NotFoundException("Person", personId);
        }
        return person;
    }
}
