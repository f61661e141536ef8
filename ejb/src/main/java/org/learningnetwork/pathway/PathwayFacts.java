package org.learningnetwork.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.pathway.PathwayRules.Completion;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;

/**
 * What the pathway rules need to know about people, read in a few queries for many people at once: the role profiles
 * they hold, the requirements of those profiles, and their learning records of the courses those requirements accept.
 * Used by the screens' service and by the reminders, within their callers' transactions and checks.
 */
@ApplicationScoped
public class PathwayFacts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The council's today. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Installation.zone()));
    }

    /** The role profiles each person holds, by person id. */
    public Map<Long, List<PersonRoleProfile>> profilesOf(Collection<Person> people) {
        return profilesOfIds(people.stream().map(Person::getId).toList());
    }

    /** The role profiles each person holds, by person id, for people named by id. */
    public Map<Long, List<PersonRoleProfile>> profilesOfIds(List<Long> ids) {
        Map<Long, List<PersonRoleProfile>> byPerson = new HashMap<>();
        if (ids.isEmpty()) {
            return byPerson;
        }
        for (PersonRoleProfile held : em.createNamedQuery(PersonRoleProfile.OF_PEOPLE, PersonRoleProfile.class)
                .setParameter("people", ids).getResultList()) {
            byPerson.computeIfAbsent(held.getPerson().getId(), id -> new ArrayList<>()).add(held);
        }
        return byPerson;
    }

    /** The active requirements of the active role profiles, each once, in the profiles' order. */
    public static List<LearningRequirement> requirementsOf(List<PersonRoleProfile> held) {
        Map<Long, LearningRequirement> requirements = new LinkedHashMap<>();
        for (PersonRoleProfile each : held) {
            if (each.getRoleProfile().isActive()) {
                each.getRoleProfile().getRequirements().stream().filter(LearningRequirement::isActive)
                        .forEach(r -> requirements.putIfAbsent(r.getId(), r));
            }
        }
        return List.copyOf(requirements.values());
    }

    /** The people's learning records of the courses their requirements accept, by person id. */
    public Map<Long, List<Completion>> completionsOf(Collection<Person> people, Map<Long, List<PersonRoleProfile>> profiles) {
        return completionsOfIds(people.stream().map(Person::getId).toList(), profiles);
    }

    private Map<Long, List<Completion>> completionsOfIds(List<Long> ids, Map<Long, List<PersonRoleProfile>> profiles) {
        Set<Long> courses = new HashSet<>();
        profiles.values().forEach(held -> requirementsOf(held).forEach(r -> courses.addAll(r.courseIds())));
        Map<Long, List<Completion>> byPerson = new HashMap<>();
        if (courses.isEmpty() || ids.isEmpty()) {
            return byPerson;
        }
        List<Object[]> rows = em.createQuery("select r.person.id, r.course.id, r.completedOn, r.kind from LearningRecord r"
                + " where r.person.id in :people and r.course.id in :courses", Object[].class)
                .setParameter("people", ids).setParameter("courses", courses).getResultList();
        for (Object[] row : rows) {
            byPerson.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new Completion((Long) row[1], (LocalDate) row[2], ((LearningRecordKind) row[3]).completes()));
        }
        return byPerson;
    }

    /** Where each person stands on each requirement of their roles today: by person id, then requirement in order. */
    public Map<Long, Map<LearningRequirement, Standing>> standings(Collection<Person> people) {
        return standings(people, profilesOf(people));
    }

    /** The same, for people whose role profiles the caller has read already ({@link #profilesOf}). */
    public Map<Long, Map<LearningRequirement, Standing>> standings(Collection<Person> people, Map<Long, List<PersonRoleProfile>> profiles) {
        return standingsOfIds(people.stream().map(Person::getId).toList(), profiles);
    }

    /** The same, for people named by id whose role profiles the caller has read ({@link #profilesOfIds}). */
    public Map<Long, Map<LearningRequirement, Standing>> standingsOfIds(List<Long> ids, Map<Long, List<PersonRoleProfile>> profiles) {
        Map<Long, List<Completion>> records = completionsOfIds(ids, profiles);
        LocalDate today = today();
        int window = PathwaySettings.DUE_SOON_DAYS.get();
        Map<Long, Map<LearningRequirement, Standing>> standings = new HashMap<>();
        Map<Long, PathwayRules.Requirement> rules = new HashMap<>();
        for (Long id : ids) {
            Map<LearningRequirement, Standing> mine = new LinkedHashMap<>();
            for (LearningRequirement requirement : requirementsOf(profiles.getOrDefault(id, List.of()))) {
                PathwayRules.Requirement rule = rules.computeIfAbsent(requirement.getId(), r -> requirement.rule());
                mine.put(requirement, PathwayRules.standing(rule, records.getOrDefault(id, List.of()), today, window));
            }
            standings.put(id, mine);
        }
        return standings;
    }
}
