package org.learningnetwork.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.SelfGuidedResource;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/** The demo catalogue: courses across the strands and workforce groups, and a few months of sessions. */
final class DemoCatalogue {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private record Spec(String title, DeliveryMode mode, int minutes, String strands, String groups, BookingMode booking,
                        String summary, String... outcomes) {
    }

    private static final List<Spec> COURSES = List.of(
            new Spec("Child protection: key processes, roles and responsibilities", DeliveryMode.IN_PERSON, 360,
                    "CHILD_PROTECTION", "CP_2024:GENERAL,CP_2024:SPECIFIC", BookingMode.FIRST_COME,
                    "A multi-agency day on the child protection process in Scotland: from a concern to an inter-agency referral discussion, investigation, case conference and plan.",
                    "Describe each stage of the child protection process", "Explain the roles of each agency", "Know how to share information proportionately"),
            new Spec("Recognising and responding to concerns about children", DeliveryMode.E_LEARNING, 60,
                    "CHILD_PROTECTION", "CP_2024:WIDER", BookingMode.FIRST_COME,
                    "Self-paced module for everyone in the workforce: recognise, respond, record and report.",
                    "Recognise signs of abuse and neglect", "Know what to do and who to tell"),
            new Spec("Multi-agency chronologies", DeliveryMode.ONLINE_LIVE, 180,
                    "CHILD_PROTECTION,ADULT_SUPPORT_PROTECTION", "CP_2024:SPECIFIC,ASP:SPECIFIC", BookingMode.FIRST_COME,
                    "Why chronologies matter, what goes in them and how to use them to see patterns of risk.",
                    "Prepare a single-agency chronology", "Contribute to a multi-agency chronology", "Analyse a chronology for patterns"),
            new Spec("National Risk Framework: assessing risk and need", DeliveryMode.IN_PERSON, 360,
                    "CHILD_PROTECTION", "CP_2024:SPECIFIC,CP_2024:INTENSIVE", BookingMode.NOTE_OF_INTEREST,
                    "Applying the National Risk Framework to assess and analyse risk in multi-agency practice.",
                    "Use the risk framework tools", "Analyse strengths and pressures", "Write a clear analysis of risk"),
            new Spec("Adult support and protection: council officer training", DeliveryMode.IN_PERSON, 720,
                    "ADULT_SUPPORT_PROTECTION", "ASP:INTENSIVE", BookingMode.NOTE_OF_INTEREST,
                    "Two days for council officers on inquiries with investigative powers under the 2007 Act.",
                    "Apply the three-point test", "Plan and conduct an inquiry interview", "Record decisions defensibly"),
            new Spec("Adult support and protection: awareness", DeliveryMode.SEVEN_MINUTE_BRIEFING, 15,
                    "ADULT_SUPPORT_PROTECTION", "ASP:WIDER,ASP:GENERAL", BookingMode.FIRST_COME,
                    "A seven-minute briefing on adult harm and how to report a concern.",
                    "Know the types of harm", "Know how to report a concern"),
            new Spec("Trauma-informed practice", DeliveryMode.ONLINE_LIVE, 150,
                    "TRAUMA", "CP_2024:GENERAL,ASP:GENERAL,VAWG:AWARENESS", BookingMode.FIRST_COME,
                    "The impact of trauma and adversity, and how practice can avoid re-traumatising people.",
                    "Understand the impact of trauma", "Recognise vicarious trauma in yourself and colleagues"),
            new Spec("Domestic abuse: safe and routine enquiry", DeliveryMode.IN_PERSON, 240,
                    "VAWG", "VAWG:ROUTINE_ENQUIRY", BookingMode.FIRST_COME,
                    "Asking about domestic abuse safely, responding to disclosure and referring to specialist support.",
                    "Ask routinely and safely", "Respond to a disclosure", "Refer to MARAC where risk is high"),
            new Spec("MAPPA: arrangements and the duty to cooperate", DeliveryMode.SEVEN_MINUTE_BRIEFING, 15,
                    "MAPPA", "MAPPA:GENERAL", BookingMode.FIRST_COME,
                    "A briefing on multi-agency public protection arrangements and who does what.",
                    "Describe the MAPPA categories and levels", "Know the duty to cooperate"),
            new Spec("Substance use and parenting", DeliveryMode.ONLINE_LIVE, 180,
                    "SUBSTANCE_USE,CHILD_PROTECTION", "CP_2024:GENERAL,CP_2024:SPECIFIC", BookingMode.FIRST_COME,
                    "How parental alcohol and drug use affects children, and working with families.",
                    "Recognise the impact on children", "Work with parents to reduce harm"),
            new Spec("Learning from learning reviews", DeliveryMode.COMMUNITY_OF_PRACTICE, 90,
                    "CHILD_PROTECTION,ADULT_SUPPORT_PROTECTION", "CP_2024:INTENSIVE,ASP:INTENSIVE", BookingMode.FIRST_COME,
                    "A community of practice session on local and national learning reviews and what they mean for practice.",
                    "Apply learning review findings to practice"),
            new Spec("Reflective practice action-learning set", DeliveryMode.ACTION_LEARNING_SET, 120,
                    "CHILD_PROTECTION", "CP_2024:SPECIFIC,CP_2024:INTENSIVE", BookingMode.NOTE_OF_INTEREST,
                    "A monthly two-hour online set where practitioners bring real challenges and learn from each other.",
                    "Reflect on complex cases with peers", "Try new approaches and review them"),
            new Spec("Mental health and risk", DeliveryMode.ONLINE_LIVE, 180,
                    "MENTAL_HEALTH,ADULT_SUPPORT_PROTECTION", "ASP:GENERAL,ASP:SPECIFIC", BookingMode.FIRST_COME,
                    "Mental health, capacity and risk when supporting adults who may be at risk of harm.",
                    "Understand capacity and consent", "Assess risk with mental health colleagues"),
            new Spec("Justice social work: community payback and risk", DeliveryMode.IN_PERSON, 240,
                    "JUSTICE", "JSW:PRACTITIONER", BookingMode.FIRST_COME,
                    "Supervising community orders and managing risk with partner agencies.",
                    "Manage risk in community supervision"));

    private DemoCatalogue() {
    }

    static void load(EntityManager em, Clock clock) {
        Venue centre = new Venue("Dundee Learning Centre", "1 Training Lane", "Dundee", "DD1 1AA");
        centre.setAccessNotes("Step-free entrance, hearing loop in all rooms, accessible toilets on every floor.");
        Venue library = new Venue("Alloa Community Hub, Room 2", "24 Mar Street", "Alloa", "FK10 1HR");
        em.persist(centre);
        em.persist(library);

        LocalDate monday = LocalDate.now(clock.withZone(LONDON)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<WorkforceGroup> groups = em.createQuery("select g from WorkforceGroup g", WorkforceGroup.class).getResultList();
        int index = 0;
        for (Spec spec : COURSES) {
            Course course = new Course(spec.title(), spec.summary(), spec.mode(), spec.minutes(), "Tayside and Forth Valley Protecting People partnership");
            course.setCpdHours(BigDecimal.valueOf(spec.minutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP));
            course.setBookingMode(spec.booking());
            course.setDefaultCapacity(spec.mode() == DeliveryMode.ACTION_LEARNING_SET ? 8 : 20);
            course.setOutcomes(List.of(spec.outcomes()));
            List<Strand> strands = new ArrayList<>();
            for (String code : spec.strands().split(",")) {
                strands.add(em.find(Strand.class, code));
            }
            course.setStrands(strands);
            List<WorkforceGroup> targets = new ArrayList<>();
            for (String pair : spec.groups().split(",")) {
                String[] parts = pair.split(":");
                groups.stream().filter(g -> g.getFramework().getCode().equals(parts[0]) && g.getCode().equals(parts[1]))
                        .findFirst().ifPresent(targets::add);
            }
            course.setTargetGroups(targets);
            course.setResources(List.of(new SelfGuidedResource("Seven-minute briefing (PDF)", "https://example.org/briefings/" + (index + 1) + ".pdf")));
            em.persist(course);
            if (index == 2) {
                course.setPrerequisites(List.of(firstCourse(em)));
            }
            if (spec.mode() != DeliveryMode.E_LEARNING) {
                for (int week = 0; week < 3; week++) {
                    LocalDate day = monday.plusWeeks(index % 4 + week * 5L).plusDays(index % 5);
                    ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 30), LONDON);
                    CourseSession session = new CourseSession(course, start.toInstant(),
                            start.plusMinutes(spec.minutes()).toInstant(), course.getDefaultCapacity(),
                            start.minusWeeks(6).toInstant(), start.minusDays(3).toInstant());
                    session.setVenue(spec.mode() == DeliveryMode.IN_PERSON ? (index % 2 == 0 ? centre : library) : null);
                    if (spec.mode() != DeliveryMode.IN_PERSON) {
                        session.setJoiningDetails("Microsoft Teams link sent to confirmed learners");
                    }
                    session.open();
                    em.persist(session);
                    if (index == 0 && week == 1) {
                        cancel(session);
                    }
                }
            }
            index++;
        }
    }

    private static Course firstCourse(EntityManager em) {
        return em.createQuery("select c from Course c where c.title like 'Child protection: key processes%'", Course.class)
                .getResultList().get(0);
    }

    private static void cancel(CourseSession session) {
        try {
            session.cancel();
        } catch (org.learningnetwork.platform.RejectedException e) {
            throw new IllegalStateException(e);
        }
    }

}
