package org.learningnetwork.actionlearning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;

/** The queries about a set's members and meetings that its services share. */
final class SetMemberships {

    private SetMemberships() {
    }

    /** The person's row for the set, or a new one (not yet persisted) if they never asked. */
    static SetMember of(EntityManager em, LearningSet set, Person person) {
        return em.createQuery("select m from SetMember m where m.set = :set and m.person = :person", SetMember.class)
                .setParameter("set", set).setParameter("person", person).getResultStream().findFirst()
                .orElseGet(() -> new SetMember(set, person));
    }

    /** How many members the set has now. */
    static long count(EntityManager em, LearningSet set) {
        return em.createQuery("select count(m) from SetMember m where m.set = :set and m.status = :member", Long.class)
                .setParameter("set", set).setParameter("member", MemberStatus.MEMBER).getSingleResult();
    }

    /** The set's members now, by name. */
    static List<Person> members(EntityManager em, LearningSet set) {
        return em.createQuery("select m.person from SetMember m where m.set = :set and m.status = :member"
                        + " order by m.person.familyName, m.person.givenName", Person.class)
                .setParameter("set", set).setParameter("member", MemberStatus.MEMBER).getResultList();
    }

    /**
     * Gives the member a place while one is free (the set's row locked, so that two cannot take its last place) and
     * tells them, with the meetings to come as calendar invitations.
     */
    static void join(EntityManager em, SetMails mails, SetMember member, LocalDate today, Instant now) throws RejectedException {
        if (member.getSet().isClosed()) {
            throw new RejectedException(null, "set.closed");
        }
        em.lock(member.getSet(), LockModeType.PESSIMISTIC_WRITE);
        SetRules.placeFree(member.getSet().getPlaces(), count(em, member.getSet()));
        member.join(today);
        mails.joined(member, upcoming(em, member.getSet(), now));
    }

    /** The set's meetings still to come, not cancelled, in order. */
    static List<SetMeeting> upcoming(EntityManager em, LearningSet set, Instant now) {
        return em.createQuery("select m from SetMeeting m where m.set = :set and m.cancelledAt is null and m.startsAt > :now"
                + " order by m.startsAt", SetMeeting.class).setParameter("set", set).setParameter("now", now).getResultList();
    }
}
