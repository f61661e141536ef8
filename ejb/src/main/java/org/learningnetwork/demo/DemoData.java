package org.learningnetwork.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.AttendanceMarked;
import org.learningnetwork.booking.DemoBookings;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.evaluation.CourseImpactService;
import org.learningnetwork.evaluation.DemoEvaluations;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.organisation.Membership;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.Partnership;
import org.learningnetwork.pathway.DemoPathways;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.reporting.KpiPart;
import org.learningnetwork.reporting.KpiService;
import org.learningnetwork.security.PasswordHasher;
import org.learningnetwork.security.UserAccount;

/**
 * Demo organisations, people and one sign-in account per role, for the run command's demo mode only
 * (system property {@code learningnetwork.demo=true}); a production server never sets it. Loaded once:
 * a database that already has the demo administrator is left alone. All people are fictional.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class DemoData {

    /** The password of every demo account (listed in the README and docs/demo.md). */
    public static final String DEMO_PASSWORD = "Learning-Network-demo1";

    /** The demo's partnerships, their council areas, and their full partners (the organisations named first). */
    private static final Map<String, List<String>> PARTNERSHIPS = Map.of(
            "Tayside Protecting People", List.of("Dundee City", "Angus", "Perth and Kinross"),
            "Forth Valley Public Protection", List.of("Stirling", "Clackmannanshire", "Falkirk"));
    private static final Set<String> FULL_PARTNERS = Set.of("Dundee City Council - Children and Families Service",
            "Dundee Health and Social Care Partnership", "NHS Tayside", "Police Scotland - Tayside Division",
            "Angus Council - Education and Lifelong Learning", "Clackmannanshire Council - Social Services",
            "Stirling Council - Children's Services", "NHS Forth Valley");

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[] GIVEN = {"Aileen", "Callum", "Eilidh", "Fraser", "Isla", "Kirsty", "Lewis",
        "Morag", "Niamh", "Ross", "Shona", "Struan", "Ailsa", "Euan", "Fiona", "Gregor", "Iona", "Jamie", "Mhairi",
        "Rory", "Catriona", "Duncan", "Heather", "Kenneth", "Lorna", "Murdo", "Rhona", "Stuart", "Una", "Alasdair"};
    private static final String[] FAMILY = {"Anderson", "Baird", "Cameron", "Drummond", "Ferguson", "Gillespie",
        "Henderson", "Kerr", "MacLeod", "Morrison", "Paterson", "Robertson", "Sinclair", "Thomson", "Wallace",
        "Urquhart", "Buchanan", "Crawford", "Duthie", "Fyfe"};
    private static final String[] TITLES = {"Social worker", "Senior social worker", "Health visitor",
        "School nurse", "Guidance teacher", "Support worker", "Housing officer", "Police constable",
        "Detective sergeant", "Family support worker", "Community psychiatric nurse", "Youth worker",
        "Children's rights officer", "Adult care worker", "Justice social worker", "Foster carer", "Volunteer"};

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private java.time.Clock clock;

    @jakarta.inject.Inject
    private Event<AttendanceMarked> attendanceMarked;

    @jakarta.ejb.EJB
    private KpiService kpis;

    @jakarta.ejb.EJB
    private CourseImpactService impacts;

    private record Demo(String username, String givenName, String familyName, String jobTitle, int organisation,
                        Set<Role> roles) {
    }

    @PostConstruct
    void load() {
        if (!DemoSettings.DEMO.get()) {
            return;
        }
        boolean loaded = !em.createQuery("select a from UserAccount a where a.username = 'admin'", UserAccount.class)
                .getResultList().isEmpty();
        if (loaded) {
            return;
        }
        List<Organisation> organisations = organisations();
        List<WorkforceGroup> cp2024 = em.createQuery(
                "select g from WorkforceGroup g where g.framework.code = 'CP_2024' order by g.rank", WorkforceGroup.class)
                .getResultList();

        Person manager = null;
        for (Demo demo : List.of(
                new Demo("manager", "Morag", "Sinclair", "Team manager, children and families", 0, EnumSet.of(Role.MANAGER, Role.LEARNER)),
                new Demo("learner", "Callum", "Drummond", "Social worker", 0, EnumSet.of(Role.LEARNER)),
                new Demo("coordinator", "Eilidh", "Baird", "Learning and development advisor", 1, EnumSet.of(Role.COORDINATOR, Role.LEARNER)),
                new Demo("facilitator", "Fraser", "Gillespie", "Practice development trainer", 1, EnumSet.of(Role.FACILITATOR, Role.LEARNER)),
                new Demo("committee", "Isla", "Henderson", "Lead officer, child protection and violence against women", 0, EnumSet.of(Role.COMMITTEE)),
                new Demo("dpo", "Kirsty", "MacLeod", "Data protection officer", 0, EnumSet.of(Role.DPO)),
                new Demo("admin", "Lewis", "Paterson", "Systems administrator", 0, EnumSet.of(Role.ADMIN)))) {
            Person person = new Person(demo.givenName(), demo.familyName(),
                    demo.username() + "@demo.learning-network.scot", organisations.get(demo.organisation()));
            person.setJobTitle(demo.jobTitle());
            person.placeIn(cp2024.get(demo.username().equals("learner") ? 2 : 3));
            if ("manager".equals(demo.username())) {
                manager = person;
            } else if ("learner".equals(demo.username())) {
                person.setLineManager(manager);
            }
            em.persist(person);
            UserAccount account = new UserAccount(demo.username(), PasswordHasher.hash(DEMO_PASSWORD.toCharArray()), person, demo.roles());
            if (demo.roles().contains(Role.COMMITTEE)) {
                // The committee viewer sees the figures of their committees only.
                account.readCommittee("CHILD_PROTECTION_COMMITTEE");
                account.readCommittee("VIOLENCE_AGAINST_WOMEN_PARTNERSHIP");
            }
            em.persist(account);
        }

        Random random = new Random(20242027L);
        List<Person> teamLeads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Organisation organisation = organisations.get(i % organisations.size());
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            Person person = new Person(given, family,
                    (given + "." + family + "." + (i + 1)).toLowerCase(Locale.ROOT) + "@demo.learning-network.scot", organisation);
            person.setJobTitle(i < organisations.size() ? "Team leader" : TITLES[random.nextInt(TITLES.length)]);
            person.setPhone(String.format("01382 %06d", 400000 + i));
            person.placeIn(cp2024.get(i < organisations.size() ? 3 : random.nextInt(cp2024.size())));
            if (i < organisations.size()) {
                teamLeads.add(person);
            } else {
                person.setLineManager(teamLeads.get(i % organisations.size()));
            }
            em.persist(person);
        }
        // The facilitator's line manager is a team leader without an account: their requests are approved by link.
        demoPerson("facilitator").setLineManager(teamLeads.get(1));
        partnerships(organisations);
        DemoCatalogue.load(em, clock);
        List<Person> staff = em.createQuery("select p from Person p where p.workEmail like :demo and p.lineManager is not null"
                + " and p.workEmail <> :learner order by p.id", Person.class)
                .setParameter("demo", "%.%.%@demo.learning-network.scot").setParameter("learner", "learner@demo.learning-network.scot")
                .getResultList();
        DemoBookings.load(em, clock.instant(), staff);
        DemoBookings.past(em, clock.instant(), DemoCatalogue.firstCourse(em), demoPerson("facilitator"), demoPerson("learner"), staff);
        // Those who attended the session three weeks ago are asked to evaluate it, as the register would have asked them.
        em.flush();
        em.createQuery("select b.id from Booking b where b.attendance in :attended order by b.id", Long.class)
                .setParameter("attended", EnumSet.of(Attendance.ATTENDED, Attendance.PARTIAL))
                .getResultList().forEach(id -> attendanceMarked.fire(new AttendanceMarked(id)));
        DemoBookings.notesOfInterest(em, clock.instant(), staff);
        DemoPathways.load(em, java.time.LocalDate.now(clock.withZone(org.learningnetwork.platform.Installation.zone())), demoPerson("manager"),
                demoPerson("learner"), organisations.get(0), demoPerson("coordinator"));
        history(staff);
        em.flush();
        org.learningnetwork.ownlearning.DemoOwnLearning.load(em, clock.instant(), demoPerson("learner"), demoPerson("manager"),
                demoPerson("facilitator"));
        org.learningnetwork.strategy.DemoStrategy.load(em);
        // Alison, whose path into and through social services seed 000 tells, in the manager's team.
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(org.learningnetwork.platform.Installation.zone()));
        Person alison = new Person("Alison", "Reid", "alison.reid@demo.learning-network.scot", organisations.get(0));
        alison.setJobTitle("Social worker");
        alison.placeIn(cp2024.get(3));
        alison.setLineManager(demoPerson("manager"));
        em.persist(alison);
        org.learningnetwork.ownlearning.DemoOwnLearning.alison(em, clock.instant(), alison, today);
        org.learningnetwork.workforce.DemoWorkforce.load(em, clock.instant(), today, alison, staff, demoPerson("coordinator"));
        em.flush();
        DemoEvaluations.setQuestionnaires(em, clock.instant(), org.learningnetwork.actionlearning.DemoActionLearning.load(em, clock.instant(),
                demoPerson("facilitator"), demoPerson("learner"), demoPerson("manager"), alison, demoPerson("coordinator"), staff));
        LOG.info("Demo data loaded: organisations, people and one account per role");
    }

    /**
     * A year of delivered sessions with their evaluations for three courses, one of whose learners seldom report
     * changed practice, and those quarters' KPI figures and course impact worked out, as the jobs would have.
     */
    private void history(List<Person> staff) {
        List<Course> courses = new ArrayList<>();
        courses.add(DemoCatalogue.firstCourse(em));
        for (String strand : List.of("ADULT_SUPPORT_PROTECTION", "VAWG")) {
            em.createQuery("select c from Course c join c.strands s where s.code = :strand and c.deliveryMode <> :online"
                    + " and c.id <> :first order by c.id", Course.class).setParameter("strand", strand)
                    .setParameter("online", DeliveryMode.E_LEARNING).setParameter("first", courses.get(0).getId())
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(courses::add);
        }
        List<Integer> practiceChange = new ArrayList<>(List.of(75, 65, 10).subList(0, courses.size()));
        DemoEvaluations.load(em, clock.instant(), courses, practiceChange, demoPerson("facilitator"), staff);
        for (Quarter quarter : DemoEvaluations.quarters(clock.instant())) {
            kpis.clear(quarter);
            for (KpiPart part : KpiPart.values()) {
                kpis.store(quarter, part, kpis.compute(quarter, part));
            }
            impacts.replace(quarter, impacts.compute(quarter));
        }
    }

    /** Each partnership serves its areas; the organisations working there are its full partners or associates. */
    private void partnerships(List<Organisation> organisations) {
        for (Map.Entry<String, List<String>> entry : new java.util.TreeMap<>(PARTNERSHIPS).entrySet()) {
            Set<CouncilArea> areas = new LinkedHashSet<>(em.createQuery("select c from CouncilArea c where c.name in :names", CouncilArea.class)
                    .setParameter("names", entry.getValue()).getResultList());
            Partnership partnership = new Partnership(entry.getKey());
            partnership.serve(areas);
            for (Organisation organisation : organisations) {
                if (organisation.getCouncilAreas().stream().anyMatch(areas::contains)) {
                    partnership.admit(organisation, FULL_PARTNERS.contains(organisation.getName()) ? Membership.FULL : Membership.ASSOCIATE);
                }
            }
            em.persist(partnership);
        }
    }

    private Person demoPerson(String username) {
        return em.createQuery("select a.person from UserAccount a where a.username = :username", Person.class)
                .setParameter("username", username).getSingleResult();
    }

    private List<Organisation> organisations() {
        List<Organisation> organisations = new ArrayList<>();
        organisation(organisations, "Dundee City Council - Children and Families Service", AgencyType.COUNCIL_SERVICE, "Dundee City");
        organisation(organisations, "Dundee Health and Social Care Partnership", AgencyType.COUNCIL_SERVICE, "Dundee City");
        organisation(organisations, "NHS Tayside", AgencyType.NHS_BOARD, "Dundee City", "Angus", "Perth and Kinross");
        organisation(organisations, "Police Scotland - Tayside Division", AgencyType.POLICE, "Dundee City", "Angus", "Perth and Kinross");
        organisation(organisations, "Angus Council - Education and Lifelong Learning", AgencyType.COUNCIL_SERVICE, "Angus");
        organisation(organisations, "Clackmannanshire Council - Social Services", AgencyType.COUNCIL_SERVICE, "Clackmannanshire");
        organisation(organisations, "Stirling Council - Children's Services", AgencyType.COUNCIL_SERVICE, "Stirling");
        organisation(organisations, "NHS Forth Valley", AgencyType.NHS_BOARD, "Clackmannanshire", "Stirling", "Falkirk");
        organisation(organisations, "Tayside Women's Aid Network", AgencyType.THIRD_SECTOR, "Dundee City", "Angus");
        organisation(organisations, "Families First Tayside", AgencyType.THIRD_SECTOR, "Dundee City", "Angus", "Perth and Kinross");
        organisation(organisations, "Riverside Homes Housing Association", AgencyType.HOUSING, "Dundee City", "Fife");
        organisation(organisations, "Tay Valley College", AgencyType.EDUCATION_PROVIDER, "Dundee City", "Angus");
        organisation(organisations, "Carewell Home Support Ltd", AgencyType.PRIVATE_PROVIDER, "Dundee City", "Perth and Kinross");
        organisation(organisations, "Forth Recovery Community", AgencyType.THIRD_SECTOR, "Clackmannanshire", "Stirling");
        return organisations;
    }

    private void organisation(List<Organisation> into, String name, AgencyType type, String... areaNames) {
        Set<CouncilArea> areas = new LinkedHashSet<>(em.createQuery(
                "select c from CouncilArea c where c.name in :names", CouncilArea.class)
                .setParameter("names", List.of(areaNames))
                .getResultList());
        Organisation organisation = new Organisation(name, type, areas);
        em.persist(organisation);
        into.add(organisation);
    }
}
