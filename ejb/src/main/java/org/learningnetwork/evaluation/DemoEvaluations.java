package org.learningnetwork.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.learningnetwork.actionlearning.Checkpoint;
import org.learningnetwork.actionlearning.SetMember;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.DemoBookings;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.FollowUp;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Tokens;

/**
 * Demo mode only (called by the demo data loader, never by the application): a year of delivered sessions with their
 * evaluations, so that the demo's KPI dashboard and impact view have quarters to show. For each of the four quarters
 * before the current one, each course given here has one session that took place, its register taken; most learners
 * answered at the end of the course, and, where three months have passed, many learners and line managers answered the
 * follow-up. How often practice changed is set per course ({@code practiceChange}), so that one course can stand out
 * as having low practice change for its scores. Seeded: the same every time.
 */
public final class DemoEvaluations {

    private static final ZoneId ZONE = Installation.zone();

    private DemoEvaluations() {
    }

    /** The quarters the history covers, oldest first: the four before the one {@code now} is in. */
    public static List<Quarter> quarters(Instant now) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = Quarter.of(LocalDate.ofInstant(now, ZONE));
        for (int i = 0; i < 4; i++) {
            q = q.previous();
            quarters.add(0, q);
        }
        return quarters;
    }

    /**
     * The history for {@code courses}, each with the share of follow-up answers (0 to 100) saying practice changed,
     * facilitated by {@code facilitator}, with eight of {@code people} on each session.
     */
    public static void load(EntityManager em, Instant now, List<Course> courses, List<Integer> practiceChange, Person facilitator,
                            List<Person> people) {
        Random random = new Random(20262027L);
        QuestionSet end = set(em, EvaluationPurpose.END_OF_COURSE, Respondent.LEARNER);
        QuestionSet learnerFollowUp = set(em, EvaluationPurpose.FOLLOW_UP, Respondent.LEARNER);
        QuestionSet managerFollowUp = set(em, EvaluationPurpose.FOLLOW_UP, Respondent.MANAGER);
        int offset = 0;
        for (Quarter quarter : quarters(now)) {
            for (int c = 0; c < courses.size(); c++) {
                Course course = courses.get(c);
                ZonedDateTime start = quarter.firstDay().plusDays(30 + 11L * c).atTime(9, 30).atZone(ZONE);
                List<Person> attendees = new ArrayList<>();
                for (int n = 0; n < 8; n++) {
                    attendees.add(people.get((offset + n) % people.size()));
                }
                offset += 8;
                List<Booking> booked = DemoBookings.delivered(em, course, start, facilitator, attendees,
                        start.minusWeeks(4).toInstant());
                Instant ended = booked.get(0).getSession().getEndsAt();
                Instant followUpAt = ended.atZone(ZONE).plus(FollowUp.THREE_MONTHS.after()).toInstant();
                for (Booking booking : booked) {
                    if (booking.getAttendance() == Attendance.DID_NOT_ATTEND) {
                        continue;
                    }
                    EvaluationRequest asked = request(em, booking, end, booking.getPerson(), "END", ended.plus(Duration.ofMinutes(20)), now);
                    if (random.nextInt(10) < 8) {
                        answerEnd(em, asked, end, course, random, ended.plus(Duration.ofHours(20 + random.nextInt(60))));
                    }
                    if (followUpAt.isBefore(now)) {
                        boolean changed = random.nextInt(100) < practiceChange.get(c);
                        EvaluationRequest learner = request(em, booking, learnerFollowUp, booking.getPerson(), "P3M", followUpAt, now);
                        if (random.nextInt(10) < 7) {
                            answerFollowUp(em, learner, learnerFollowUp, changed, random, followUpAt.plus(Duration.ofDays(2 + random.nextInt(10))));
                        }
                        Person manager = booking.getPerson().getLineManager();
                        if (manager != null) {
                            EvaluationRequest managers = request(em, booking, managerFollowUp, manager, "P3M", followUpAt, now);
                            if (random.nextInt(10) < 6) {
                                answerFollowUp(em, managers, managerFollowUp, changed && random.nextInt(10) < 8, random,
                                        followUpAt.plus(Duration.ofDays(3 + random.nextInt(10))));
                            }
                        }
                    }
                }
            }
        }
        em.flush();
    }

    private static QuestionSet set(EntityManager em, EvaluationPurpose purpose, Respondent respondent) {
        return em.createQuery("select s from QuestionSet s where s.purpose = :purpose and s.respondent = :respondent", QuestionSet.class)
                .setParameter("purpose", purpose).setParameter("respondent", respondent).getSingleResult();
    }

    /** A request issued at {@code issued}; closed unanswered once its time is past (answering sets it answered). */
    private static EvaluationRequest request(EntityManager em, Booking booking, QuestionSet set, Person respondent, String followUp,
                                             Instant issued, Instant now) {
        Instant closes = issued.plus(EvaluationSettings.openFor());
        EvaluationRequest request = new EvaluationRequest(booking, set, respondent, followUp, Tokens.newToken(), issued, closes);
        if (closes.isBefore(now)) {
            request.close(closes);
        }
        em.persist(request);
        return request;
    }

    /** The response to {@code request}, answered at {@code at}; persisted with its answers by the caller. */
    private static EvaluationResponse respond(EvaluationRequest request, Instant at) {
        request.answered(at);
        Booking booking = request.getBooking();
        Person learner = booking.getPerson();
        return new EvaluationResponse(request, learner.getOrganisation(), EvaluationService.group(learner, booking.getSession().getCourse()),
                LocalDate.ofInstant(at, ZONE));
    }

    private static void answerEnd(EntityManager em, EvaluationRequest request, QuestionSet set, Course course, Random random, Instant at) {
        EvaluationResponse response = respond(request, at);
        for (Question question : set.getAsked()) {
            switch (question.getKind()) {
                case LIKERT -> response.add(new EvaluationAnswer(response, question, null, random.nextInt(10) < 2 ? 3 : 4 + random.nextInt(2), null,
                        null, null, null));
                case CONFIDENCE -> {
                    for (int o = 0; o < course.getOutcomes().size(); o++) {
                        int before = 1 + random.nextInt(3);
                        response.add(new EvaluationAnswer(response, question, o, Math.min(5, before + 1 + random.nextInt(2)), before, null, null, null));
                    }
                }
                default -> {
                    // Free text and the rest left unanswered.
                }
            }
        }
        em.persist(response);
    }

    private static void answerFollowUp(EntityManager em, EvaluationRequest request, QuestionSet set, boolean changed, Random random, Instant at) {
        EvaluationResponse response = respond(request, at);
        for (Question question : set.getAsked()) {
            if (question.getKind() == QuestionKind.YES_NO) {
                response.add(new EvaluationAnswer(response, question, null, null, null, changed, null, null));
            } else if (question.getKind() == QuestionKind.CHOICE) {
                List<String> options = question.getOptions();
                // Mostly a real barrier (not the last option, "nothing has"); now and then two.
                String first = options.get(random.nextInt(Math.max(1, options.size() - (changed ? 0 : 1))));
                response.add(new EvaluationAnswer(response, question, null, null, null, null, null, first));
                String second = options.get(random.nextInt(Math.max(1, options.size() - 1)));
                if (!changed && random.nextBoolean() && !second.equals(first)) {
                    response.add(new EvaluationAnswer(response, question, null, null, null, null, null, second));
                }
            }
        }
        em.persist(response);
    }

    /**
     * The action-learning sets' longitudinal questionnaires, as the job would have issued them: each member (and their
     * line manager, where the set asks) at each checkpoint passed, most answering, agreement growing with time in the set.
     */
    public static void setQuestionnaires(EntityManager em, Instant now, List<SetMember> members) {
        Random random = new Random(2020L);
        QuestionSet learnerSet = set(em, EvaluationPurpose.ACTION_LEARNING, Respondent.LEARNER);
        QuestionSet managerSet = set(em, EvaluationPurpose.ACTION_LEARNING, Respondent.MANAGER);
        for (SetMember member : members) {
            for (Checkpoint checkpoint : member.getSet().getCheckpoints()) {
                Instant issued = member.getJoinedOn().plus(checkpoint.after()).atTime(9, 0).atZone(ZONE).toInstant();
                if (!issued.isBefore(now)) {
                    continue;
                }
                int step = checkpoint.ordinal();
                answerSet(em, member, learnerSet, member.getPerson(), checkpoint, issued, now, random, step);
                Person manager = member.getPerson().getLineManager();
                if (member.getSet().isAskManagers() && manager != null && manager.getWorkEmail() != null) {
                    answerSet(em, member, managerSet, manager, checkpoint, issued, now, random, step);
                }
            }
        }
    }

    private static void answerSet(EntityManager em, SetMember member, QuestionSet set, Person respondent, Checkpoint checkpoint, Instant issued,
            Instant now, Random random, int step) {
        Instant closes = issued.plus(EvaluationSettings.openFor());
        EvaluationRequest request = new EvaluationRequest(member, set, respondent, checkpoint.code(), Tokens.newToken(), issued, closes);
        // Most answer; those asked in the last week have not yet (their requests wait in My learning).
        boolean answers = random.nextInt(10) < 8 && issued.isBefore(now.minus(java.time.Duration.ofDays(7)));
        Instant at = issued.plus(java.time.Duration.ofDays(1 + random.nextInt(5)));
        if (!answers || at.isAfter(now)) {
            if (closes.isBefore(now)) {
                request.close(closes);
            }
            em.persist(request);
            return;
        }
        em.persist(request);
        request.answered(at);
        Person learner = member.getPerson();
        EvaluationResponse response = new EvaluationResponse(request, learner.getOrganisation(), EvaluationService.group(learner, null),
                LocalDate.ofInstant(at, ZONE));
        for (Question question : set.getAsked()) {
            if (question.getKind() == QuestionKind.LIKERT) {
                response.add(new EvaluationAnswer(response, question, null, Math.min(5, 2 + step / 2 + random.nextInt(2) + (step > 2 ? 1 : 0)),
                        null, null, null, null));
            } else if (question.getKind() == QuestionKind.YES_NO && step > 0) {
                response.add(new EvaluationAnswer(response, question, null, null, null, random.nextInt(10) < 4 + step * 1.5, null, null));
            }
        }
        em.persist(response);
    }
}
