package org.learningnetwork.workforce;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads where registrations stand: what their people hold and have learned, in a few queries, weighed by {@link RegistrationRules}. */
final class RegistrationStandings {

    private RegistrationStandings() {
    }

    /** Where each registration stands today, reading what the people hold and have learned in a few queries. */
    static List<RegistrationService.Standing> of(EntityManager em, List<Registration> registrations, LocalDate today) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        Collection<Long> people = registrations.stream().map(r -> r.getPerson().getId()).distinct().toList();
        Map<Long, List<RegistrationRules.Held>> held = new HashMap<>();
        for (Object[] row : em.createQuery("select q.person.id, q.qualification.code, q.status, q.expectedOn from PersonQualification q"
                + " where q.person.id in :people", Object[].class).setParameter("people", people).getResultList()) {
            held.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new RegistrationRules.Held((String) row[1], (QualificationStatus) row[2], (LocalDate) row[3]));
        }
        List<RegistrationService.Standing> standings = new ArrayList<>();
        for (Registration registration : registrations) {
            long personId = registration.getPerson().getId();
            List<RegistrationService.ConditionStanding> conditions = registration.getConditions().stream()
                    .map(c -> new RegistrationService.ConditionStanding(c, RegistrationRules.condition(c.getQualification().getCode(), c.getDueOn(),
                            held.getOrDefault(personId, List.of()), today))).toList();
            RegisterPart part = registration.getPart();
            LocalDate from = RegistrationRules.countedFrom(registration.getRenewalDueOn(), part.getRenewalMonths(), registration.getRegisteredOn());
            BigDecimal done = hoursLearned(em, personId, from, today);
            standings.add(new RegistrationService.Standing(registration, conditions, from, done, part.getLearningHours(),
                    registration.isCurrent(today) && RegistrationRules.learningShort(part.getLearningHours(), done,
                            registration.getRenewalDueOn(), today)));
        }
        return standings;
    }

    /**
     * The hours of learning a person has recorded from {@code from} to {@code to}: the CPD hours of their learning records
     * and the hours of learning they recorded themselves (unless accepted as a learning record, counted there).
     */
    static BigDecimal hoursLearned(EntityManager em, long personId, LocalDate from, LocalDate to) {
        BigDecimal records = em.createQuery("select coalesce(sum(r.cpdHours), 0) from LearningRecord r where r.person.id = :person"
                        + " and r.completedOn >= :from and r.completedOn <= :to", BigDecimal.class)
                .setParameter("person", personId).setParameter("from", from).setParameter("to", to).getSingleResult();
        BigDecimal own = em.createQuery("select coalesce(sum(o.hours), 0) from OwnLearning o where o.person.id = :person"
                        + " and o.acceptedRecord is null and o.doneOn >= :from and o.doneOn <= :to", BigDecimal.class)
                .setParameter("person", personId).setParameter("from", from).setParameter("to", to).getSingleResult();
        return records.add(own);
    }

}
