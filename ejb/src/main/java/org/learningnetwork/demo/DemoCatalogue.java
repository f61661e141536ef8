package org.learningnetwork.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CostBasis;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.Guidance;
import org.learningnetwork.catalogue.GuidanceKind;
import org.learningnetwork.catalogue.NextSessions;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.catalogue.VenueRoom;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/** The demo catalogue: courses across every strand and workforce group, and a year of sessions. */
final class DemoCatalogue {

    /** The demo's local learning review, which courses on chronologies and learning from reviews answer to. */
    private static final class DemoGuidance {
        static final String LEARNING_REVIEW = "Learning review: Child J (2025), Forth Valley";
    }

    private static final ZoneId ZONE = Installation.zone();

    /** Words in a course's title that say its subject can be hard to hear about: its learners are pointed to support. */
    private static final List<String> WELLBEING = List.of("trauma", "death", "suicide", "sexual exploitation", "domestic abuse",
            "coercive control");

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
                    "Manage risk in community supervision", "Work with partners to support desistance"),
            new Spec("Inter-agency referral discussions", DeliveryMode.IN_PERSON, 360,
                    "CHILD_PROTECTION", "CP_2024:SPECIFIC,CP_2024:INTENSIVE", BookingMode.NOTE_OF_INTEREST,
                    "How police, social work and health plan together when a child may be at risk of significant harm: sharing information, deciding next steps and recording the decision.",
                    "Explain the purpose and stages of an IRD", "Share information proportionately and lawfully", "Record decisions and their rationale"),
            new Spec("Child sexual exploitation: signs, risks and responses", DeliveryMode.ONLINE_LIVE, 180,
                    "CHILD_PROTECTION", "CP_2024:GENERAL,CP_2012:GENERAL_CONTACT", BookingMode.FIRST_COME,
                    "Understanding grooming, online harm and exploitation, and how to respond when a young person may be at risk.",
                    "Describe models of exploitation", "Identify indicators of risk", "Respond in a way that keeps the young person engaged"),
            new Spec("Neglect and its impact on children's development", DeliveryMode.ONLINE_LIVE, 150,
                    "CHILD_PROTECTION", "CP_2024:GENERAL,CP_2024:SPECIFIC,CP_2012:SPECIFIC_CONTACT", BookingMode.FIRST_COME,
                    "The cumulative harm of neglect, how to notice it early and how to evidence it in assessment.",
                    "Recognise the signs of neglect", "Understand cumulative harm", "Use a neglect tool to support assessment"),
            new Spec("Seven-minute briefing: learning from a child's death", DeliveryMode.SEVEN_MINUTE_BRIEFING, 15,
                    "CHILD_PROTECTION", "CP_2024:WIDER,CP_2024:GENERAL,CP_2012:GENERAL_CONTACT", BookingMode.FIRST_COME,
                    "Seven minutes on what a local learning review found and what it asks of every practitioner.",
                    "Know the key findings of the review", "Apply one change to your own practice"),
            new Spec("Adult support and protection: the role of the second worker", DeliveryMode.IN_PERSON, 360,
                    "ADULT_SUPPORT_PROTECTION", "ASP:SPECIFIC", BookingMode.NOTE_OF_INTEREST,
                    "For health and partner-agency staff who support council officers in inquiries and investigations.",
                    "Describe the second worker's role", "Support an investigative interview", "Contribute to a case conference"),
            new Spec("Self-neglect and hoarding", DeliveryMode.ONLINE_LIVE, 180,
                    "ADULT_SUPPORT_PROTECTION,MENTAL_HEALTH", "ASP:GENERAL,ASP:SPECIFIC", BookingMode.FIRST_COME,
                    "Working with adults who neglect their own care, respecting autonomy while managing risk.",
                    "Understand why people self-neglect", "Balance rights and risks", "Plan a multi-agency response"),
            new Spec("Financial harm: spotting it and stopping it", DeliveryMode.E_LEARNING, 45,
                    "ADULT_SUPPORT_PROTECTION", "ASP:WIDER,ASP:GENERAL", BookingMode.FIRST_COME,
                    "Self-paced module on scams, financial abuse and what to do when you are worried about an adult.",
                    "Recognise signs of financial harm", "Know how to report a concern"),
            new Spec("Coercive control and the Domestic Abuse (Scotland) Act", DeliveryMode.ONLINE_LIVE, 180,
                    "VAWG", "VAWG:AWARENESS,VAWG:ROUTINE_ENQUIRY", BookingMode.FIRST_COME,
                    "What coercive control looks like, how the 2018 Act recognises it, and the impact on children in the household.",
                    "Describe patterns of coercive control", "Explain the offence under the 2018 Act", "Consider the impact on children"),
            new Spec("Safe and Together: domestic abuse-informed practice with families", DeliveryMode.IN_PERSON, 720,
                    "VAWG,CHILD_PROTECTION", "VAWG:SPECIALIST,CP_2024:SPECIFIC", BookingMode.NOTE_OF_INTEREST,
                    "Two days on partnering with the non-offending parent and holding the person who harms accountable for their choices.",
                    "Map the perpetrator's pattern of behaviour", "Partner with the non-offending parent", "Write assessments that keep the focus on the person who harms"),
            new Spec("MARAC: identifying risk and making a referral", DeliveryMode.ONLINE_LIVE, 120,
                    "VAWG", "VAWG:ROUTINE_ENQUIRY,VAWG:SPECIALIST", BookingMode.FIRST_COME,
                    "Using the risk identification checklist and referring to the multi-agency risk assessment conference.",
                    "Complete a risk identification checklist", "Decide when to refer to MARAC", "Share information safely"),
            new Spec("MAPPA: risk management plans for practitioners", DeliveryMode.IN_PERSON, 360,
                    "MAPPA", "MAPPA:PRACTITIONER", BookingMode.NOTE_OF_INTEREST,
                    "Contributing to and delivering risk management plans for people managed under MAPPA.",
                    "Contribute to a risk management plan", "Understand the four pillars of risk management", "Record and review actions"),
            new Spec("MAPPA: chairing level 2 and level 3 meetings", DeliveryMode.IN_PERSON, 360,
                    "MAPPA,JUSTICE", "MAPPA:LEAD,JSW:SENIOR", BookingMode.NOTE_OF_INTEREST,
                    "For senior staff who chair multi-agency public protection meetings: defensible decisions and good minutes.",
                    "Chair a meeting that reaches defensible decisions", "Ensure actions are owned and reviewed"),
            new Spec("Justice social work: an introduction for partner agencies", DeliveryMode.SEVEN_MINUTE_BRIEFING, 15,
                    "JUSTICE", "JSW:GENERAL", BookingMode.FIRST_COME,
                    "A briefing on what justice social work does and when to contact the service.",
                    "Describe the main justice social work orders", "Know when and how to contact the service"),
            new Spec("Structured risk assessment in justice social work", DeliveryMode.IN_PERSON, 720,
                    "JUSTICE", "JSW:PRACTITIONER,JSW:SENIOR", BookingMode.NOTE_OF_INTEREST,
                    "Two days on structured professional judgement, formulation and risk management planning.",
                    "Gather and weigh information for a risk assessment", "Write a formulation of risk", "Link the assessment to a management plan"),
            new Spec("Alcohol and drug awareness for the wider workforce", DeliveryMode.E_LEARNING, 60,
                    "SUBSTANCE_USE", "CP_2024:WIDER,ASP:WIDER", BookingMode.FIRST_COME,
                    "Self-paced module on substances, their effects and where to find support locally.",
                    "Recognise signs of harmful substance use", "Know the local support services"),
            new Spec("Naloxone and responding to drug-related harm", DeliveryMode.IN_PERSON, 120,
                    "SUBSTANCE_USE,ADULT_SUPPORT_PROTECTION", "ASP:GENERAL,CP_2024:GENERAL", BookingMode.FIRST_COME,
                    "Practical session on recognising an overdose, giving naloxone and reducing drug deaths.",
                    "Recognise an opioid overdose", "Give naloxone safely", "Know the pathways into treatment"),
            new Spec("Suicide prevention: ask, tell, keep safe", DeliveryMode.ONLINE_LIVE, 120,
                    "MENTAL_HEALTH", "CP_2024:GENERAL,ASP:GENERAL,JSW:GENERAL", BookingMode.FIRST_COME,
                    "How to ask directly about suicide, listen and help someone stay safe.",
                    "Ask about suicide directly", "Help someone make a safety plan", "Look after yourself afterwards"),
            new Spec("Trauma-skilled practice", DeliveryMode.ONLINE_LIVE, 180,
                    "TRAUMA", "CP_2024:SPECIFIC,ASP:SPECIFIC,VAWG:SPECIALIST", BookingMode.FIRST_COME,
                    "Building on trauma-informed practice: adapting how you work so people who have experienced trauma can engage.",
                    "Recognise trauma responses", "Adapt your practice to offer choice, trust and control"),
            new Spec("Compassionate leadership in trauma-informed organisations", DeliveryMode.COMMUNITY_OF_PRACTICE, 90,
                    "TRAUMA", "CP_2024:INTENSIVE,MAPPA:LEAD,JSW:SENIOR", BookingMode.FIRST_COME,
                    "A community of practice for leaders: supervision, staff wellbeing and organisational culture.",
                    "Lead with compassion under pressure", "Build a culture that supports staff wellbeing"),
            new Spec("Analysing patterns of concern: practice clinic", DeliveryMode.ACTION_LEARNING_SET, 120,
                    "CHILD_PROTECTION,ADULT_SUPPORT_PROTECTION", "CP_2024:SPECIFIC,ASP:SPECIFIC", BookingMode.NOTE_OF_INTEREST,
                    "Bring a case timeline and work with peers on what the pattern of events tells you about risk.",
                    "Spot patterns across events", "Turn analysis into a clear plan"));

    /**
     * Courses open to anyone without asking their manager: short online sessions for the whole workforce, where a place
     * is taken at once.
     */
    private static final Set<String> NO_APPROVAL = Set.of("Suicide prevention: ask, tell, keep safe",
            "Alcohol and drug awareness for the wider workforce");

    private DemoCatalogue() {
    }

    /** Reasons the learning team gives when a session is called off. */
    private static final String[] CANCELLATION_REASONS = {
        "The trainer is unwell. Everyone booked has been offered a place on the next session.",
        "The venue is closed for repairs on this date.",
        "Too few bookings to run the session: please book the next date.",
    };

    static void load(EntityManager em, Clock clock) {
        em.persist(new Guidance(GuidanceKind.LEARNING_REVIEW, DemoGuidance.LEARNING_REVIEW, null));
        em.flush();
        List<Venue> venues = List.of(
                venue(em, "Dundee Learning Centre", "1 Training Lane", "Dundee", "DD1 1AA",
                        "Step-free entrance, hearing loop in all rooms, accessible toilets on every floor.", "Tay Room:30", "Law Room:16"),
                venue(em, "Alloa Community Hub, Room 2", "24 Mar Street", "Alloa", "FK10 1HR", null),
                venue(em, "Forthside Training Suite", "Forthside Way", "Stirling", "FK8 1QZ",
                        "Lift to all floors; quiet room available on request.", "Suite A:24"),
                venue(em, "Angus House Learning Room", "Orchardbank Business Park", "Forfar", "DD8 1AN", null));
        Person facilitator = em.createQuery("select p from Person p where p.workEmail = :email", Person.class)
                .setParameter("email", "facilitator@demo.learning-network.scot").getResultStream().findFirst().orElse(null);

        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate yearAhead = today.plusYears(1);
        List<WorkforceGroup> groups = em.createQuery("select g from WorkforceGroup g", WorkforceGroup.class).getResultList();
        int index = 0;
        int sessionCount = 0;
        List<Course> courses = new ArrayList<>();
        for (Spec spec : COURSES) {
            Course course = course(em, spec, groups, today);
            courses.add(course);
            if (index == 2) {
                course.setPrerequisites(List.of(firstCourse(em)));
            }
            if (spec.mode() == DeliveryMode.E_LEARNING) {
                index++;
                continue;
            }
            int everyWeeks = switch (spec.mode()) {
                case SEVEN_MINUTE_BRIEFING, ACTION_LEARNING_SET -> 4;
                case ONLINE_LIVE -> 6;
                default -> 8;
            };
            LocalDate day = monday.plusWeeks(index % 4).plusDays(index % 5);
            for (int run = 0; day.isBefore(yearAhead); run++, day = day.plusWeeks(everyWeeks)) {
                CourseSession session = session(course, spec, workingDay(day), index);
                if (spec.mode() != DeliveryMode.IN_PERSON) {
                    session.setOnline();
                    session.setJoiningDetails("Microsoft Teams link sent to confirmed learners");
                } else if (day.isBefore(today.plusMonths(8))) {
                    // At a venue, in its first room that seats everyone; further ahead, the venue is still to be confirmed.
                    Venue venue = venues.get((index + run) % venues.size());
                    session.setVenue(venue, venue.getRooms().stream().filter(r -> r.getCapacity() >= session.getCapacity())
                            .findFirst().orElse(null));
                }
                if (facilitator != null && spec.mode() == DeliveryMode.IN_PERSON && spec.strands().contains("CHILD_PROTECTION")) {
                    session.setFacilitators(List.of(facilitator));
                }
                if (!session.getBookingOpensAt().isAfter(now)) {
                    session.open();
                }
                em.persist(session);
                sessionCount++;
                // The key processes course's second date is called off, and about one session in twelve elsewhere.
                if (index == 0 && run == 1 || index > 0 && sessionCount % 12 == 0) {
                    cancel(session, CANCELLATION_REASONS[sessionCount % CANCELLATION_REASONS.length]);
                }
            }
            index++;
        }
        em.flush();
        DemoResources.load(em, courses);
        NextSessions.keepAll(em, now);
    }

    /**
     * The day, or the next one the learning team works if it falls in the Christmas and New Year closure (24 December
     * to 2 January) or on a weekend: no demo session on Christmas Day.
     */
    static LocalDate workingDay(LocalDate day) {
        LocalDate working = day;
        while (working.getDayOfWeek() == DayOfWeek.SATURDAY || working.getDayOfWeek() == DayOfWeek.SUNDAY
                || working.getMonthValue() == 12 && working.getDayOfMonth() >= 24 || working.getMonthValue() == 1 && working.getDayOfMonth() <= 2) {
            working = working.plusDays(1);
        }
        return working;
    }

    /** A venue with its rooms ({@code "name:seats"}) and a link to it on a map. */
    private static Venue venue(EntityManager em, String name, String address, String town, String postcode, String access,
            String... rooms) {
        Venue venue = new Venue(name, address, town, postcode);
        venue.setAccessNotes(access);
        venue.setMapUrl("https://www.openstreetmap.org/search?query=" + postcode.replace(' ', '+'));
        em.persist(venue);
        for (String room : rooms) {
            String[] parts = room.split(":");
            VenueRoom added = new VenueRoom(venue, parts[0], Integer.parseInt(parts[1]));
            em.persist(added);
            venue.getRooms().add(added);
        }
        return venue;
    }

    private static Course course(EntityManager em, Spec spec, List<WorkforceGroup> groups, LocalDate today) {
        Course course = new Course(spec.title(), spec.summary(), spec.mode(), spec.minutes(), "Tayside and Forth Valley Protecting People partnership");
        course.setCpdHours(BigDecimal.valueOf(spec.minutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP));
        course.setBookingMode(spec.booking());
        course.setApprovalRequired(!NO_APPROVAL.contains(spec.title()));
        course.setDefaultCapacity(switch (spec.mode()) {
            case ACTION_LEARNING_SET -> 8;
            case SEVEN_MINUTE_BRIEFING -> 50;
            case ONLINE_LIVE, COMMUNITY_OF_PRACTICE -> 30;
            default -> 20;
        });
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
        course.setWellbeingSupport(WELLBEING.stream().anyMatch(word -> spec.title().toLowerCase(java.util.Locale.UK).contains(word)));
        if (spec.title().startsWith("National Risk Framework")) {
            course.setPreparation("Read the National Risk Framework's practice guidance, parts 1 and 2, and bring a case you are working on"
                    + " (anonymised).");
            course.setPreparationMinutes(45);
        } else if (spec.title().equals("Multi-agency chronologies")) {
            course.setPreparation("Bring an anonymised chronology from your own practice, or read the practice guide on chronologies.");
            course.setPreparationMinutes(30);
        }
        course.setGuidance(guidance(em, spec));
        switch (spec.title()) {
            case "Safe and Together: domestic abuse-informed practice with families" -> {
                // Bought in from the model's trainers and charged to the agencies that send people.
                course.setCostPence(4500);
                course.setCostBasis(CostBasis.CHARGED);
                course.setCostCommittee("VIOLENCE_AGAINST_WOMEN_PARTNERSHIP");
                course.setCostAgreedOn(today.minusMonths(5));
                course.setCostApprovedOn(today.minusMonths(4));
            }
            case "Adult support and protection: council officer training" -> {
                course.setCostPence(18000);
                course.setCostBasis(CostBasis.COMMISSIONED);
                course.setCostCommittee("ADULT_PROTECTION_COMMITTEE");
                course.setCostAgreedOn(today.minusMonths(8));
                course.setCostApprovedOn(today.minusMonths(7));
            }
            case "Compassionate leadership in trauma-informed organisations" -> {
                // Agreed by the committee; the Chief Officers Group has yet to approve it, so nobody can book it.
                course.setCostPence(6000);
                course.setCostBasis(CostBasis.CHARGED);
                course.setCostCommittee("CHILD_PROTECTION_COMMITTEE");
                course.setCostAgreedOn(today.minusWeeks(2));
            }
            default -> {
            }
        }
        em.persist(course);
        return course;
    }

    /** What a demo course answers to: its strands' national legislation, guidance and strategies, and a learning review. */
    private static List<Guidance> guidance(EntityManager em, Spec spec) {
        List<String> titles = new ArrayList<>();
        for (String strand : spec.strands().split(",")) {
            switch (strand) {
                case "CHILD_PROTECTION" -> titles.add("National Guidance for Child Protection in Scotland 2021 (updated 2023)");
                case "ADULT_SUPPORT_PROTECTION" -> {
                    titles.add("Adult Support and Protection (Scotland) Act 2007");
                    titles.add("Adult Support and Protection Code of Practice 2022");
                }
                case "VAWG" -> titles.add("Equally Safe: Scotland's strategy to prevent and eradicate violence against women and girls");
                case "MAPPA" -> titles.add("MAPPA National Guidance 2022");
                default -> {
                }
            }
        }
        if (spec.title().equals("Multi-agency chronologies") || spec.title().startsWith("Seven-minute briefing: learning from")
                || spec.title().equals("Learning from learning reviews")) {
            titles.add(DemoGuidance.LEARNING_REVIEW);
        }
        if (spec.title().startsWith("Compassionate leadership")) {
            titles.add("Health and Care (Staffing) (Scotland) Act 2019");
        }
        List<Guidance> found = new ArrayList<>();
        for (String title : titles) {
            em.createQuery("select g from Guidance g where g.title = :title", Guidance.class).setParameter("title", title)
                    .getResultStream().findFirst().ifPresent(found::add);
        }
        return found;
    }

    /**
     * A session on a day: short courses in the morning or afternoon, a day course from 09:30, a course of
     * more than a day running on consecutive days until 16:30. Booking opens ten weeks ahead and closes two
     * days before; for a note-of-interest course it opens fourteen weeks ahead and closes four weeks before, so
     * that places can be allocated.
     */
    private static CourseSession session(Course course, Spec spec, LocalDate day, int index) {
        int days = (int) Math.ceil(spec.minutes() / 420.0);
        LocalTime startTime = spec.minutes() <= 180 && index % 2 == 1 ? LocalTime.of(13, 30) : LocalTime.of(9, 30);
        ZonedDateTime start = ZonedDateTime.of(day, startTime, ZONE);
        ZonedDateTime end = days > 1 ? ZonedDateTime.of(day.plusDays(days - 1L), LocalTime.of(16, 30), ZONE)
                : start.plusMinutes(spec.minutes());
        ZonedDateTime closes = spec.booking() == BookingMode.NOTE_OF_INTEREST ? start.minusWeeks(4) : start.minusDays(2);
        // A note-of-interest window is longer than the eight weeks between in-person sessions: one is always open.
        ZonedDateTime opens = spec.booking() == BookingMode.NOTE_OF_INTEREST ? start.minusWeeks(14) : start.minusWeeks(10);
        return new CourseSession(course, start.toInstant(), end.toInstant(), course.getDefaultCapacity(),
                opens.toInstant(), closes.toInstant());
    }

    static Course firstCourse(EntityManager em) {
        return em.createQuery("select c from Course c where c.title like 'Child protection: key processes%'", Course.class)
                .getResultList().get(0);
    }

    private static void cancel(CourseSession session, String reason) {
        try {
            session.cancel(reason);
        } catch (org.learningnetwork.platform.RejectedException e) {
            throw new IllegalStateException(e);
        }
    }

}
