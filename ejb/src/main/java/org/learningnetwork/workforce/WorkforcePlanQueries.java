package org.learningnetwork.workforce;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.organisation.PartnershipScope;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;

/**
 * The grouped queries the workforce plan is counted by, for the learning team's report ({@link WorkforcePlanService})
 * and the committees' quarterly pack: a handful of queries however large the workforce.
 */
public final class WorkforcePlanQueries {

    private WorkforcePlanQueries() {
    }

    /**
     * The report as of {@code today}, narrowed by the filter and to the organisations in {@code scope} (nothing: every
     * organisation).
     */
    public static WorkforcePlan.Report report(EntityManager em, WorkforcePlanService.Filter filter, java.util.Optional<Set<Long>> scope,
            LocalDate today) {
        LocalDate horizon = WorkforcePlan.horizon(today);
        LocalDate yearAhead = today.plusYears(1);
        List<WorkforcePlan.QualificationRef> catalogue = new ArrayList<>();
        for (Object[] row : em.createQuery("select q.code, q.name, q.scqfLevel from Qualification q order by q.scqfLevel, q.name",
                Object[].class).getResultList()) {
            if (filter.qualification() == null || filter.qualification().equals(row[0])) {
                catalogue.add(new WorkforcePlan.QualificationRef((String) row[0], (String) row[1], (Integer) row[2]));
            }
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, Set<String>> networks = new HashMap<>();
        for (Object[] row : em.createQuery("select o.id, o.name, r.name from Organisation o join o.councilAreas c join c.region r"
                + " order by o.name, r.id", Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
            networks.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((String) row[2]);
        }
        Set<Long> partnership = filter.partnership() == null ? null : PartnershipScope.organisationsOf(em, Set.of(filter.partnership()));
        List<WorkforcePlan.Agency> agencies = new ArrayList<>();
        names.forEach((id, name) -> {
            Set<String> in = networks.get(id);
            if ((filter.agency() == null || filter.agency().equals(id)) && (filter.network() == null || in.contains(filter.network()))
                    && (partnership == null || partnership.contains(id)) && scope.map(ids -> ids.contains(id)).orElse(true)) {
                agencies.add(new WorkforcePlan.Agency(id, name, filter.network() == null ? in : Set.of(filter.network())));
            }
        });
        Set<Long> shown = new java.util.HashSet<>(agencies.stream().map(WorkforcePlan.Agency::id).toList());

        List<WorkforcePlan.Expected> expected = new ArrayList<>();
        for (Object[] row : em.createQuery("select q.qualification.code, p.organisation.id, q.expectedOn, count(q) from PersonQualification q"
                        + " join q.person p where q.status = :working and p.active = true and q.expectedOn >= :today and q.expectedOn <= :horizon"
                        + " group by q.qualification.code, p.organisation.id, q.expectedOn", Object[].class)
                .setParameter("working", QualificationStatus.IN_PROGRESS).setParameter("today", today).setParameter("horizon", horizon)
                .getResultList()) {
            if (shown.contains((Long) row[1])) {
                expected.add(new WorkforcePlan.Expected((String) row[0], (Long) row[1], (LocalDate) row[2], ((Number) row[3]).longValue()));
            }
        }

        List<WorkforcePlan.Condition> conditions = new ArrayList<>();
        String held = "select 1 from person_qualification h where h.person_id = r.person_id and h.qualification_code = c.qualification_code";
        for (Object row : em.createNativeQuery("select x.qualification_code, x.organisation_id, x.due_on, x.state, count(*) from (select"
                        + " c.qualification_code, p.organisation_id, c.due_on, case when exists (" + held + " and h.status = 'ACHIEVED') then 'MET'"
                        + " when c.due_on < ?1 then 'OVERDUE'"
                        + " when exists (" + held + " and h.status = 'IN_PROGRESS' and h.expected_on <= c.due_on) then 'ON_TRACK'"
                        + " when exists (" + held + " and h.status = 'IN_PROGRESS') then 'LATE' else 'NOT_STARTED' end as state"
                        + " from registration_condition c join registration r on r.id = c.registration_id join person p on p.id = r.person_id"
                        + " where r.ended_on is null and p.active = true and c.due_on <= ?2) x"
                        + " group by x.qualification_code, x.organisation_id, x.due_on, x.state")
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(yearAhead)).getResultList()) {
            Object[] columns = (Object[]) row;
            long agency = ((Number) columns[1]).longValue();
            if (shown.contains(agency)) {
                conditions.add(new WorkforcePlan.Condition((String) columns[0], agency, day(columns[2]),
                        ConditionState.valueOf(columns[3].toString().strip()), ((Number) columns[4]).longValue()));
            }
        }

        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select p.organisation.id, count(distinct p.id) from PersonQualification q join q.person p"
                + " where q.status = :working and p.active = true group by p.organisation.id", Object[].class)
                .setParameter("working", QualificationStatus.IN_PROGRESS).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new long[3])[0] = ((Number) row[1]).longValue();
        }
        for (Object[] row : em.createQuery("select p.organisation.id, count(distinct p.id), sum(case when r.renewalDueOn <= :yearAhead"
                        + " then 1 else 0 end) from Registration r join r.person p where r.endedOn is null and r.registeredOn <= :today"
                        + " and p.active = true group by p.organisation.id", Object[].class)
                .setParameter("today", today).setParameter("yearAhead", yearAhead).getResultList()) {
            long[] agency = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            agency[1] = ((Number) row[1]).longValue();
            agency[2] = row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        List<WorkforcePlan.Registered> registered = new ArrayList<>();
        counts.forEach((agency, c) -> registered.add(new WorkforcePlan.Registered(agency, c[0], c[1], c[2])));
        return WorkforcePlan.of(today, catalogue, agencies, expected, conditions, registered);
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }
}
