package org.learningnetwork.pathway;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The demo's pathways: learning requirements and role profiles of a children and families service, the demo line
 * manager's team of social workers and support staff holding them, and learning done before Learning Network (recorded
 * by the learning team as equivalent) so that the team stands at every state: met, due soon, overdue and not started.
 * All people are fictional.
 */
public final class DemoPathways {

    private static final String RECOGNISE = "Child protection: recognise and respond";
    private static final String KEY_PROCESSES = "Child protection: key processes";
    private static final String CHRONOLOGIES = "Multi-agency chronologies";
    private static final String ADULT_AWARENESS = "Adult support and protection: awareness";
    private static final String TRAUMA = "Trauma-informed practice";
    private static final String RISK = "National Risk Framework";
    private static final String ROUTINE_ENQUIRY = "Domestic abuse: routine enquiry";

    /** How long ago each of a team member's requirements was done, in months; -1: never. */
    private record Member(String given, String family, String jobTitle, String profile, int... monthsAgo) {
    }

    private DemoPathways() {
    }

    public static void load(EntityManager em, LocalDate today, Person manager, Person learner, Organisation service, Person recorder) {
        Map<String, LearningRequirement> requirements = Map.of(
                RECOGNISE, requirement(em, RECOGNISE, 36, "Recognising and responding to concerns about children"),
                KEY_PROCESSES, requirement(em, KEY_PROCESSES, 36, "Child protection: key processes, roles and responsibilities"),
                CHRONOLOGIES, requirement(em, CHRONOLOGIES, null, "Multi-agency chronologies"),
                ADULT_AWARENESS, requirement(em, ADULT_AWARENESS, 24, "Adult support and protection: awareness"),
                TRAUMA, requirement(em, TRAUMA, 36, "Trauma-informed practice", "Trauma-skilled practice"),
                RISK, requirement(em, RISK, null, "National Risk Framework: assessing risk and need"),
                ROUTINE_ENQUIRY, requirement(em, ROUTINE_ENQUIRY, 36, "Domestic abuse: safe and routine enquiry"));
        Map<String, RoleProfile> profiles = Map.of(
                "SW-CF", profile(em, "SW-CF", "Social worker, children and families", "CP_2024:SPECIFIC",
                        List.of(requirements.get(RECOGNISE), requirements.get(KEY_PROCESSES), requirements.get(CHRONOLOGIES),
                                requirements.get(TRAUMA), requirements.get(RISK))),
                "TM-CF", profile(em, "TM-CF", "Team manager, children and families", "CP_2024:INTENSIVE",
                        List.of(requirements.get(RECOGNISE), requirements.get(KEY_PROCESSES), requirements.get(CHRONOLOGIES),
                                requirements.get(TRAUMA), requirements.get(RISK))),
                "FSW", profile(em, "FSW", "Family support worker", "CP_2024:GENERAL",
                        List.of(requirements.get(RECOGNISE), requirements.get(TRAUMA), requirements.get(ADULT_AWARENESS),
                                requirements.get(ROUTINE_ENQUIRY))),
                "ADMIN", profile(em, "ADMIN", "Administrative staff", "CP_2024:WIDER",
                        List.of(requirements.get(RECOGNISE), requirements.get(ADULT_AWARENESS))));
        LocalDate before = today;
        hold(em, manager, profiles.get("TM-CF"), before);
        records(em, manager, profiles.get("TM-CF"), today, recorder, 12, 20, 30, 10, 50);
        hold(em, learner, profiles.get("SW-CF"), before);
        records(em, learner, profiles.get("SW-CF"), today, recorder, 35, -1, 8, 40, -1);
        need(em, learner, manager, today, NeedSource.SUPERVISION, 1, "Confidence in writing chronologies for child protection case conferences",
                "CHILD_PROTECTION", "Multi-agency chronologies", NeedPriority.HIGH, 3, NeedStatus.AGREED);
        need(em, learner, manager, today, NeedSource.APPRAISAL, 5, "Recognising coercive control when assessing families",
                "VAWG", "Domestic abuse: safe and routine enquiry", NeedPriority.MEDIUM, 7, NeedStatus.IN_PROGRESS);
        need(em, learner, learner, today, NeedSource.SUPERVISION, 14, "Understanding the National Risk Framework's assessment tools",
                "CHILD_PROTECTION", null, NeedPriority.MEDIUM, -2, NeedStatus.MET);
        for (Member member : List.of(
                new Member("Shona", "Urquhart", "Social worker", "SW-CF", 6, 14, 20, 2, 26),
                new Member("Gregor", "Duthie", "Social worker", "SW-CF", 34, 38, -1, 30, -1),
                new Member("Mhairi", "Fyfe", "Senior social worker", "SW-CF", 3, 35, 40, 12, 60),
                new Member("Alasdair", "Crawford", "Newly qualified social worker", "SW-CF", 1, -1, -1, -1, -1),
                new Member("Rhona", "Buchanan", "Family support worker", "FSW", 20, 41, 23, 34),
                new Member("Kenneth", "Wallace", "Family support worker", "FSW", 37, 10, 6, -1),
                new Member("Una", "Thomson", "Team administrator", "ADMIN", 25, 22),
                new Member("Duncan", "Kerr", "Team administrator", "ADMIN", -1, 5))) {
            Person person = new Person(member.given(), member.family(),
                    (member.given() + "." + member.family()).toLowerCase(java.util.Locale.ROOT) + ".team@demo.learning-network.scot", service);
            person.setJobTitle(member.jobTitle());
            person.setLineManager(manager);
            em.persist(person);
            RoleProfile profile = profiles.get(member.profile());
            hold(em, person, profile, before);
            records(em, person, profile, today, recorder, member.monthsAgo());
            if (!"ADMIN".equals(member.profile())) {
                need(em, person, manager, today, NeedSource.APPRAISAL, 2, "Multi-agency chronologies: building one with partners",
                        "CHILD_PROTECTION", "Multi-agency chronologies", NeedPriority.MEDIUM, 6, NeedStatus.AGREED);
            }
        }
    }

    /** A learning need agreed so many months ago, due so many months from now, recorded by {@code recorder}. */
    private static void need(EntityManager em, Person person, Person recorder, LocalDate today, NeedSource source, int agreedMonthsAgo,
                             String what, String strand, String courseTitle, NeedPriority priority, int targetMonths, NeedStatus status) {
        LearningNeed need = new LearningNeed();
        need.setAgreedIn(source);
        need.setAgreedOn(today.minusMonths(agreedMonthsAgo));
        need.setNeed(what);
        need.setStrand(em.find(Strand.class, strand));
        if (courseTitle != null) {
            need.setCourse(em.createQuery("select c from Course c where c.title = :title", Course.class).setParameter("title", courseTitle)
                    .getResultStream().findFirst().orElse(null));
        }
        need.setPriority(priority);
        need.setTargetOn(today.plusMonths(targetMonths));
        need.setStatus(status);
        need.recorded(person, recorder, today.minusMonths(agreedMonthsAgo).atStartOfDay(Installation.zone()).toInstant());
        em.persist(need);
    }

    private static LearningRequirement requirement(EntityManager em, String name, Integer refreshMonths, String... courseTitles) {
        LearningRequirement requirement = new LearningRequirement(name, refreshMonths);
        requirement.setCourses(new LinkedHashSet<>(em.createQuery("select c from Course c where c.title in :titles order by c.id", Course.class)
                .setParameter("titles", List.of(courseTitles)).getResultList()));
        em.persist(requirement);
        return requirement;
    }

    private static RoleProfile profile(EntityManager em, String code, String name, String group, List<LearningRequirement> requirements) {
        String[] framework = group.split(":");
        RoleProfile profile = new RoleProfile(code, name);
        profile.setWorkforceGroups(Set.of(em.createQuery("select g from WorkforceGroup g where g.framework.code = :framework and g.code = :code",
                WorkforceGroup.class).setParameter("framework", framework[0]).setParameter("code", framework[1]).getSingleResult()));
        profile.setRequirements(requirements);
        em.persist(profile);
        return profile;
    }

    private static void hold(EntityManager em, Person person, RoleProfile profile, LocalDate on) {
        em.persist(new PersonRoleProfile(person, profile, on, AssignedBy.LEARNING_TEAM));
        profile.getWorkforceGroups().forEach(person::placeIn);
    }

    /** For each requirement of the profile in turn, learning done so many months ago (-1: never), recorded as equivalent. */
    private static void records(EntityManager em, Person person, RoleProfile profile, LocalDate today, Person recorder, int... monthsAgo) {
        List<LearningRequirement> requirements = new ArrayList<>(profile.getRequirements());
        for (int i = 0; i < monthsAgo.length && i < requirements.size(); i++) {
            if (monthsAgo[i] < 0 || requirements.get(i).getCourses().isEmpty()) {
                continue;
            }
            Course course = requirements.get(i).getCoursesByTitle().get(0);
            em.persist(new LearningRecord(person, course, null, today.minusMonths(monthsAgo[i]).minusDays(i), BigDecimal.ZERO,
                    LearningRecordKind.EQUIVALENT, recorder, "Done before Learning Network: certificate seen by the learning team"));
        }
    }
}
