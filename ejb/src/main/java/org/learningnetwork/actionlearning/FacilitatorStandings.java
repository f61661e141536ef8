package org.learningnetwork.actionlearning;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.platform.Installation;

/**
 * Facilitators' standing from the records: the first completion of a course that trains facilitators, and the sets and
 * meetings (held: begun and not cancelled) they facilitated since.
 */
final class FacilitatorStandings {

    private FacilitatorStandings() {
    }

    static Map<Long, FacilitatorRules.Standing> of(EntityManager em, Collection<Long> personIds, Instant now) {
        Map<Long, FacilitatorRules.Standing> standings = new HashMap<>();
        if (personIds.isEmpty()) {
            return standings;
        }
        List<Long> ids = List.copyOf(personIds);
        Map<Long, LocalDate> trained = new HashMap<>();
        for (Object[] row : em.createQuery("select r.person.id, min(r.completedOn) from LearningRecord r where r.course.trainsFacilitators = true"
                        + " and r.kind in :completing and r.person.id in :ids group by r.person.id", Object[].class)
                .setParameter("completing", LearningRecordKind.COMPLETING).setParameter("ids", ids).getResultList()) {
            trained.put((Long) row[0], (LocalDate) row[1]);
        }
        Map<Long, long[]> since = new HashMap<>();
        Map<Long, Set<Long>> sets = new HashMap<>();
        for (Object[] row : em.createQuery("select f.id, m.set.id, m.startsAt from SetMeeting m join m.set.facilitators f"
                        + " where f.id in :ids and m.cancelledAt is null", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            Long person = (Long) row[0];
            LocalDate on = trained.get(person);
            Instant startsAt = (Instant) row[2];
            if (on == null || startsAt.isBefore(on.atStartOfDay(Installation.zone()).toInstant())) {
                continue;
            }
            sets.computeIfAbsent(person, k -> new HashSet<>()).add((Long) row[1]);
            if (!startsAt.isAfter(now)) {
                since.computeIfAbsent(person, k -> new long[1])[0]++;
            }
        }
        for (Long id : ids) {
            standings.put(id, new FacilitatorRules.Standing(trained.get(id), sets.getOrDefault(id, Set.of()).size(),
                    since.getOrDefault(id, new long[1])[0]));
        }
        return standings;
    }
}
