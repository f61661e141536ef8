package org.learningnetwork.pathway;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.security.Callers;

/**
 * Where people stand on what their roles require: a learner's own pathway, a line manager's team and the people in
 * it, and the role profiles people hold. A manager sees and changes only their own staff; the learning team everyone.
 * The standing itself is {@link PathwayRules}'; this reads the facts it needs.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class PathwayService {

    /** How many sessions are suggested to close one gap. */
    static final int NEXT_SESSIONS = 3;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @Inject
    private PathwayFacts facts;

    /** One requirement on a person's pathway: where they stand, and sessions that would meet it (for a gap or due soon). */
    public record Row(LearningRequirement requirement, Standing standing, List<CourseSession> nextSessions) {

        public PathwayState getState() {
            return standing.state();
        }
    }

    /** A person's pathway: the role profiles they hold and each requirement of them, worst first. */
    public record Pathway(Person person, List<PersonRoleProfile> profiles, List<Row> rows) {

        /** How many requirements are in the state. */
        public long count(PathwayState state) {
            return rows.stream().filter(r -> r.getState() == state).count();
        }
    }

    /** A line manager's team against the requirements any of them has: one standing per person and requirement they hold. */
    public record Team(List<LearningRequirement> requirements, List<Member> members) {
    }

    /**
     * One person of a team.
     *
     * @param standings by requirement id; a requirement the person's roles do not ask is absent
     */
    public record Member(Person person, List<String> roleProfiles, Map<Long, Standing> standings) {

        /** The names of the person's role profiles, comma-separated. */
        public String roleNames() {
            return String.join(", ", roleProfiles);
        }

        /** Where the person stands on the requirement, or {@code null} when their roles do not require it. */
        public Standing standing(long requirementId) {
            return standings.get(requirementId);
        }

        /** The worst state among the person's requirements, or {@code null} when they have none. */
        public PathwayState getWorst() {
            return standings.values().stream().map(Standing::state).min(Comparator.naturalOrder()).orElse(null);
        }

        public boolean has(PathwayState state) {
            return standings.values().stream().anyMatch(s -> s.state() == state);
        }
    }

    /** The signed-in person's own pathway, with the next sessions that would close each gap. */
    @RolesAllowed(Roles.LEARNER)
    public Pathway mine() throws RejectedException {
        Person me = Callers.requirePerson(em, context.getCallerPrincipal(), "pathway.noPerson");
        return pathway(me);
    }

    /** A person's pathway: for their line manager or the learning team (anyone else is answered as if there were no one). */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public Pathway of(long personId) throws NotFoundException {
        Person person = visible(personId);
        audit.record(AuditAction.VIEWED, "Person", personId, "pathway");
        return pathway(person);
    }

    /** The signed-in manager's staff (active, by name) against their requirements. */
    @RolesAllowed(Roles.MANAGER)
    public Team team() {
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (me == null) {
            return new Team(List.of(), List.of());
        }
        List<Person> staff = em.createNamedQuery(Person.STAFF_OF, Person.class).setParameter("manager", me).setParameter("active", true)
                .getResultList();
        Map<Long, List<PersonRoleProfile>> profiles = facts.profilesOf(staff);
        Map<Long, Map<LearningRequirement, Standing>> standings = facts.standings(staff, profiles);
        Map<Long, LearningRequirement> requirements = new LinkedHashMap<>();
        List<Member> members = new ArrayList<>();
        for (Person person : staff) {
            Map<Long, Standing> byId = new LinkedHashMap<>();
            standings.getOrDefault(person.getId(), Map.of()).forEach((requirement, standing) -> {
                requirements.putIfAbsent(requirement.getId(), requirement);
                byId.put(requirement.getId(), standing);
            });
            List<String> names = profiles.getOrDefault(person.getId(), List.of()).stream().map(h -> h.getRoleProfile().getName()).toList();
            members.add(new Member(person, names, byId));
        }
        List<LearningRequirement> columns = requirements.values().stream()
                .sorted(Comparator.comparing(LearningRequirement::getName, String.CASE_INSENSITIVE_ORDER)).toList();
        return new Team(columns, members);
    }

    /** The active role profiles people can be given, by name. */
    public List<RoleProfile> roleProfiles() {
        return em.createNamedQuery(RoleProfile.ALL, RoleProfile.class).getResultList().stream().filter(RoleProfile::isActive).toList();
    }

    /**
     * Gives a person a role profile, as their line manager or the learning team: the person's workforce group in each
     * framework the profile maps becomes the profile's (the highest where the person holds several).
     */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public PersonRoleProfile assign(long personId, Long profileId) throws NotFoundException, RejectedException {
        Person person = visible(personId);
        RoleProfile profile = profileId == null ? null : em.find(RoleProfile.class, profileId);
        if (profile == null || !profile.isActive()) {
            throw new RejectedException("roleProfile", "pathway.profile.required");
        }
        if (!holding(person.getId(), profile.getId()).isEmpty()) {
            throw new RejectedException("roleProfile", "pathway.profile.already");
        }
        AssignedBy by = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN)
                ? AssignedBy.LEARNING_TEAM : AssignedBy.MANAGER;
        PersonRoleProfile held = hold(person, profile, by);
        audit.record(AuditAction.CHANGED, "Person", personId, "roleProfile.assigned " + profile.getCode());
        return held;
    }

    /** Takes a role profile off a person, as their line manager or the learning team; their workforce groups stay. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public void remove(long personId, long profileId) throws NotFoundException {
        Person person = visible(personId);
        List<PersonRoleProfile> held = holding(person.getId(), profileId);
        if (held.isEmpty()) {
            throw new NotFoundException("Role profile of person", profileId);
        }
        held.forEach(em::remove);
        audit.record(AuditAction.CHANGED, "Person", personId, "roleProfile.removed " + held.get(0).getRoleProfile().getCode());
    }

    /**
     * Records that a person holds a role profile and places them in its workforce groups (the HR import and demo use
     * this too, within their own transaction and checks).
     */
    public PersonRoleProfile hold(Person person, RoleProfile profile, AssignedBy by) {
        PersonRoleProfile held = new PersonRoleProfile(person, profile, facts.today(), by);
        em.persist(held);
        Map<Framework, WorkforceGroup> highest = new HashMap<>();
        List<RoleProfile> all = new ArrayList<>(facts.profilesOf(List.of(person)).getOrDefault(person.getId(), List.of()).stream()
                .map(PersonRoleProfile::getRoleProfile).toList());
        all.add(profile);
        for (RoleProfile each : all) {
            for (WorkforceGroup group : each.getWorkforceGroups()) {
                highest.merge(group.getFramework(), group, (a, b) -> a.getRank() >= b.getRank() ? a : b);
            }
        }
        highest.values().forEach(person::placeIn);
        return held;
    }

    private Pathway pathway(Person person) {
        Map<Long, List<PersonRoleProfile>> profiles = facts.profilesOf(List.of(person));
        List<PersonRoleProfile> held = profiles.getOrDefault(person.getId(), List.of());
        List<Row> rows = new ArrayList<>();
        facts.standings(List.of(person), profiles).getOrDefault(person.getId(), Map.of()).forEach((requirement, standing) ->
                rows.add(new Row(requirement, standing, standing.state() == PathwayState.MET ? List.of() : nextSessions(requirement))));
        rows.sort(Comparator.comparing(Row::getState).thenComparing(r -> r.requirement().getName(), String.CASE_INSENSITIVE_ORDER));
        return new Pathway(person, held, rows);
    }

    /** The person, if the caller may see them: the learning team anyone, a manager their own staff. */
    private Person visible(long personId) throws NotFoundException {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN)) {
            return person;
        }
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (me == null || person.getLineManager() == null || !me.equals(person.getLineManager().getId())) {
            throw new NotFoundException("Person", personId);
        }
        return person;
    }

    private List<PersonRoleProfile> holding(long personId, long profileId) {
        return em.createNamedQuery(PersonRoleProfile.HOLDING, PersonRoleProfile.class).setParameter("person", personId)
                .setParameter("profile", profileId).getResultList();
    }

    /** The next sessions of the requirement's courses that still take applications or will, the soonest first. */
    private List<CourseSession> nextSessions(LearningRequirement requirement) {
        if (requirement.courseIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(CourseSession.UPCOMING_OF_COURSES, CourseSession.class).setParameter("courses", requirement.courseIds())
                .setParameter("live", List.of(SessionStatus.PLANNED, SessionStatus.OPEN)).setParameter("now", clock.instant())
                .setMaxResults(NEXT_SESSIONS).getResultList();
    }
}
