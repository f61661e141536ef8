package org.learningnetwork.actionlearning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The demonstration's action learning: the facilitation course (the demo facilitator trained on it over a year ago),
 * an online set for newly qualified social workers and a supervisors' set at a venue, each with a year of monthly
 * meetings (attendance and themes recorded) and more to come, a community of practice open to join, reflective log
 * entries (one shared), and an application waiting for the demo manager's approval. The questionnaires' answers are
 * the evaluation's demo ({@code DemoEvaluations}).
 */
public final class DemoActionLearning {

    private static final ZoneId ZONE = Installation.zone();

    private DemoActionLearning() {
    }

    /** Loads it all; returns the sets' members, whose questionnaires the evaluation's demo answers. */
    public static List<SetMember> load(EntityManager em, Instant now, Person facilitator, Person learner, Person manager, Person alison,
            Person coordinator, List<Person> staff) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Random random = new Random(2019L);
        Course course = new Course("Facilitating action-learning sets (three days)",
                "The facilitation programme's three-day course: how to set up and facilitate action-learning sets for newly qualified"
                        + " workers, supervisors and programme leads, with practice facilitating and feedback.",
                DeliveryMode.IN_PERSON, 3 * 360, "Tayside and Forth Valley Protecting People partnership");
        course.setCpdHours(BigDecimal.valueOf(18));
        course.setTrainsFacilitators(true);
        course.setBookingMode(BookingMode.FIRST_COME);
        course.setStrands(List.of(em.find(Strand.class, "CHILD_PROTECTION"), em.find(Strand.class, "ADULT_SUPPORT_PROTECTION")));
        course.setTargetGroups(em.createQuery("select g from WorkforceGroup g where g.framework.code = 'CP_2024' and g.rank >= 3",
                WorkforceGroup.class).getResultList());
        course.setOutcomes(List.of("Set up an action-learning set and agree its ground rules", "Facilitate questioning that helps a"
                + " presenter think, not advice", "Use reflective logs and complexity mapping to learn from sets"));
        em.persist(course);
        em.persist(new LearningRecord(facilitator, course, null, today.minusMonths(14), BigDecimal.valueOf(18), LearningRecordKind.EQUIVALENT,
                coordinator, null));

        List<SetTheme> themes = em.createQuery("select t from SetTheme t where t.active = true order by t.id", SetTheme.class).getResultList();
        List<SetMember> members = new ArrayList<>();

        LearningSet newlyQualified = set(em, "Newly qualified social workers: Tayside set", SetKind.ACTION_LEARNING_SET,
                SetPurpose.NEWLY_QUALIFIED, Joining.APPLICATION, 8, "Monthly two-hour online set for social workers in their first year"
                        + " of practice: bring a problem you are stuck with; the set helps you think it through.", today.minusMonths(12));
        newlyQualified.addFacilitator(facilitator);
        List<Person> nqsw = new ArrayList<>(List.of(learner));
        nqsw.addAll(staff.subList(0, 6));
        // Joined a year and three days ago: their twelve-month questionnaire went out three days ago.
        members.addAll(join(em, newlyQualified, nqsw, today.minusMonths(12).minusDays(3), now));
        year(em, newlyQualified, nqsw, themes.subList(0, 8), today, DayOfWeek.TUESDAY, 2, random, now);

        LearningSet supervisors = set(em, "Supervisors' reflective practice set", SetKind.ACTION_LEARNING_SET, SetPurpose.SUPERVISORS,
                Joining.INVITATION, 7, "For supervisors and team managers across agencies: deepening supervision and reflective"
                        + " practice through action learning.", today.minusMonths(12));
        supervisors.addFacilitator(facilitator);
        List<Person> leads = new ArrayList<>(staff.stream().filter(p -> p.getLineManager() != null).map(Person::getLineManager).distinct()
                .limit(6).toList());
        members.addAll(join(em, supervisors, leads, today.minusMonths(12).plusDays(5), now));
        year(em, supervisors, leads, themes, today, DayOfWeek.THURSDAY, 1, random, now);

        LearningSet community = set(em, "Practice educators' community of practice", SetKind.COMMUNITY_OF_PRACTICE, SetPurpose.PROGRAMME_LEADS,
                Joining.OPEN, null, "An open community for practice educators and programme leads: share how you support newly"
                        + " qualified workers, and what works.", today.minusMonths(2));
        community.addFacilitator(facilitator);
        community.setCheckpoints(List.of());
        community.setAskManagers(false);
        join(em, community, staff.subList(10, 14), today.minusMonths(2), now);
        for (int i = 1; i <= 3; i++) {
            LocalDateTime at = LocalDateTime.of(today.plusMonths(i).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)), LocalTime.of(12, 30));
            em.persist(new SetMeeting(community, at.atZone(ZONE).toInstant(), at.plusMinutes(60).atZone(ZONE).toInstant()));
        }

        // Alison applies to the newly qualified workers' set: her manager, the demo manager, is to approve.
        SetMember applying = new SetMember(newlyQualified, alison);
        applying.ask(MemberStatus.AWAITING_MANAGER, manager, now.minusSeconds(3 * 24 * 3600));
        em.persist(applying);

        em.flush();
        List<SetMeeting> held = em.createQuery("select m from SetMeeting m where m.set = :set and m.startsAt < :now order by m.startsAt desc",
                SetMeeting.class).setParameter("set", newlyQualified).setParameter("now", now).setMaxResults(2).getResultList();
        log(em, newlyQualified, learner, held.get(0), "Took the set's questions back to my visit planning: I went in with two hypotheses"
                + " rather than one, and noticed I had been avoiding the father. Want to raise this in supervision.", true, now);
        log(em, newlyQualified, learner, held.get(1), "Felt exposed presenting. The silence after the questions helped more than"
                + " advice would have.", false, now);
        log(em, newlyQualified, facilitator, held.get(0), "Group held the silence well tonight. I jumped in once too early:"
                + " note to self to wait for the presenter.", false, now);
        return members;
    }

    private static LearningSet set(EntityManager em, String name, SetKind kind, SetPurpose purpose, Joining joining, Integer places,
            String description, LocalDate created) {
        LearningSet set = new LearningSet();
        set.setName(name);
        set.setKind(kind);
        set.setPurpose(purpose);
        set.setJoining(joining);
        set.setPlaces(places);
        set.setDescription(description);
        set.setMeetingMinutes(kind == SetKind.COMMUNITY_OF_PRACTICE ? 60 : 120);
        set.setOnline(true);
        set.created(created);
        em.persist(set);
        return set;
    }

    private static List<SetMember> join(EntityManager em, LearningSet set, List<Person> people, LocalDate on, Instant now) {
        List<SetMember> joined = new ArrayList<>();
        for (Person person : people) {
            SetMember member = new SetMember(set, person);
            member.ask(set.getJoining() == Joining.INVITATION ? MemberStatus.INVITED : MemberStatus.APPLIED, null,
                    on.minusDays(10).atStartOfDay(ZONE).toInstant());
            member.join(on);
            em.persist(member);
            joined.add(member);
        }
        return joined;
    }

    /**
     * A year of monthly meetings on the {@code week}-th {@code weekday}, 14:00 to 16:00, from eleven months ago to two
     * months ahead: held ones with most members there and two to four themes raised.
     */
    private static void year(EntityManager em, LearningSet set, List<Person> members, List<SetTheme> themes, LocalDate today, DayOfWeek weekday,
            int week, Random random, Instant now) {
        for (int i = -11; i <= 2; i++) {
            LocalDate day = today.plusMonths(i).with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
            LocalDateTime start = LocalDateTime.of(day, LocalTime.of(14, 0));
            SetMeeting meeting = new SetMeeting(set, start.atZone(ZONE).toInstant(), start.plusHours(2).atZone(ZONE).toInstant());
            em.persist(meeting);
            if (!meeting.getStartsAt().isBefore(now)) {
                continue;
            }
            Map<Long, MeetingMark> marks = new HashMap<>();
            for (Person person : members) {
                int roll = random.nextInt(10);
                marks.put(person.getId(), roll < 8 ? MeetingMark.ATTENDED : roll < 9 ? MeetingMark.APOLOGIES : MeetingMark.ABSENT);
            }
            Map<Long, Integer> raised = new HashMap<>();
            int count = 2 + random.nextInt(3);
            for (int t = 0; t < count; t++) {
                // Early on, workload and confidence; later, risk and working with families.
                int index = Math.min(themes.size() - 1, Math.max(0, (i + 11) / 3 + random.nextInt(4)));
                raised.merge(themes.get(index).getId(), 1, Integer::sum);
            }
            meeting.record(marks, raised, meeting.getEndsAt());
        }
    }

    private static void log(EntityManager em, LearningSet set, Person author, SetMeeting meeting, String text, boolean shared, Instant now) {
        ReflectiveLogEntry entry = new ReflectiveLogEntry(set, author);
        entry.write(meeting, LocalDate.ofInstant(meeting.getEndsAt(), ZONE), text, now);
        entry.share(shared, now);
        em.persist(entry);
    }
}
