package org.learningnetwork.retention;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;

/**
 * How the data protection screens name a person: by work e-mail address (stored in lower case). A blank or
 * unknown address is a problem on the {@code workEmail} field.
 */
final class PersonByWorkEmail {

    private PersonByWorkEmail() {
    }

    /** The person with this address; {@code null}, with the problem added, when there is none. */
    static Person find(EntityManager em, String workEmail, List<Problem> problems) {
        String email = Text.clean(workEmail);
        Person person = email == null ? null : em.createQuery("select p from Person p where p.workEmail = :email", Person.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
        if (person == null) {
            problems.add(new Problem("workEmail", email == null ? "dataProtection.person.required" : "dataProtection.person.unknown"));
        }
        return person;
    }
}
