package org.learningnetwork.evaluation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.learningnetwork.access.Roles;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/**
 * Feedback to teams (seed 003): a practitioner sees what their own evaluations and follow-ups said, and their line
 * manager's follow-ups about their learning; a line manager sees their team's learning and, over enough answers, what
 * its evaluations said ({@link TeamFigures}), and is sent that summary for the month before at the start of each month.
 * Only answers not given anonymously can be told apart by team: an anonymous answer is tied to no one.
 */
@Stateless
public class TeamFeedbackService {

    /** The work name of the monthly summaries' lease. */
    public static final String WORK = "team-summaries";

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /**
     * One evaluation or follow-up about the person's learning: theirs, or their line manager's about them.
     *
     * @param manager whether their line manager gave it (a follow-up about the person's practice)
     */
    public record Feedback(Course course, LocalDate submittedOn, EvaluationPurpose purpose, boolean manager, Integer satisfaction,
                           Integer confidenceBefore, Integer confidenceAfter, Boolean practiceChanged, String example) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @EJB
    private Leases leases;

    /** What the signed-in person's evaluations and follow-ups said, and their manager's about them, newest first. */
    @RolesAllowed(Roles.LEARNER)
    public List<Feedback> mine() {
        Long me = Callers.personId(em, context.getCallerPrincipal()).orElse(null);
        if (me == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select r.id, a.question.measure, a.score, a.scoreBefore, a.yes, a.text"
                        + " from EvaluationAnswer a join a.response r join r.request q left join q.booking b left join q.learningRecord lr"
                        + " where (b.person.id = :me or lr.person.id = :me) order by r.submittedOn desc, r.id desc", Object[].class)
                .setParameter("me", me).getResultList();
        Map<Long, Feedback> feedback = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long responseId = (Long) row[0];
            Feedback found = feedback.get(responseId);
            if (found == null) {
                EvaluationResponse response = em.find(EvaluationResponse.class, responseId);
                found = new Feedback(response.getCourse(), response.getSubmittedOn(), response.getPurpose(),
                        response.getRespondent() == Respondent.MANAGER, null, null, null, null, null);
            }
            feedback.put(responseId, with(found, (Measure) row[1], (Integer) row[2], (Integer) row[3], (Boolean) row[4], (String) row[5]));
        }
        return new ArrayList<>(feedback.values());
    }

    /** The feedback with one more answer; an answer to a question the learning team added (no measure) adds nothing. */
    private static Feedback with(Feedback f, Measure measure, Integer score, Integer before, Boolean yes, String text) {
        if (measure == null) {
            return f;
        }
        return switch (measure) {
            case SATISFACTION -> new Feedback(f.course(), f.submittedOn(), f.purpose(), f.manager(), score, f.confidenceBefore(),
                    f.confidenceAfter(), f.practiceChanged(), f.example());
            case CONFIDENCE -> new Feedback(f.course(), f.submittedOn(), f.purpose(), f.manager(), f.satisfaction(), before, score,
                    f.practiceChanged(), f.example());
            case PRACTICE_CHANGED -> new Feedback(f.course(), f.submittedOn(), f.purpose(), f.manager(), f.satisfaction(),
                    f.confidenceBefore(), f.confidenceAfter(), yes, f.example());
            case PRACTICE_EXAMPLE -> new Feedback(f.course(), f.submittedOn(), f.purpose(), f.manager(), f.satisfaction(),
                    f.confidenceBefore(), f.confidenceAfter(), f.practiceChanged(), text);
            default -> f;
        };
    }

    /** The signed-in manager's team over the months from {@code first} to {@code last}, both included. */
    @RolesAllowed(Roles.MANAGER)
    public TeamFigures myTeam(YearMonth first, YearMonth last) {
        return Callers.personId(em, context.getCallerPrincipal()).map(me -> team(me, first.atDay(1), last.plusMonths(1).atDay(1)))
                .orElse(new TeamFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** A manager's team's figures from {@code firstDay} to before {@code endDay}. */
    TeamFigures team(long manager, LocalDate firstDay, LocalDate endDay) {
        Instant from = firstDay.atStartOfDay(ZONE).toInstant();
        Instant to = endDay.atStartOfDay(ZONE).toInstant();
        String staff = "select p from Person p where p.lineManager.id = :manager and p.active = true";
        long people = em.createQuery("select count(p) from Person p where p.lineManager.id = :manager and p.active = true", Long.class)
                .setParameter("manager", manager).getSingleResult();
        Object[] attended = em.createQuery("select count(b), count(distinct b.person) from Booking b join b.session s"
                        + " where b.person in (" + staff + ") and b.status = :confirmed and b.attendance in :attended"
                        + " and s.startsAt >= :from and s.startsAt < :to", Object[].class)
                .setParameter("manager", manager).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("attended", List.of(Attendance.ATTENDED, Attendance.PARTIAL)).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        long selfGuided = em.createQuery("select count(r) from LearningRecord r where r.person in (" + staff + ")"
                        + " and r.kind = :kind and r.completedOn >= :firstDay and r.completedOn < :endDay", Long.class)
                .setParameter("manager", manager).setParameter("kind", LearningRecordKind.SELF_GUIDED)
                .setParameter("firstDay", firstDay).setParameter("endDay", endDay).getSingleResult();
        long open = em.createQuery("select count(q) from EvaluationRequest q where q.respondent in (" + staff + ")"
                        + " and q.answeredAt is null and q.closedAt is null", Long.class)
                .setParameter("manager", manager).getSingleResult();
        Object[] answers = em.createQuery("select"
                        + " sum(case when a.question.measure = :satisfaction and r.respondent = :learner then a.score else 0 end),"
                        + " sum(case when a.question.measure = :satisfaction and r.respondent = :learner and a.score is not null then 1 else 0 end),"
                        + " sum(case when a.question.measure = :confidence and a.scoreBefore is not null then a.score - a.scoreBefore else 0 end),"
                        + " sum(case when a.question.measure = :confidence and a.score is not null and a.scoreBefore is not null then 1 else 0 end),"
                        + " sum(case when a.question.measure = :changed and r.respondent = :learner and a.yes = true then 1 else 0 end),"
                        + " sum(case when a.question.measure = :changed and r.respondent = :learner and a.yes is not null then 1 else 0 end),"
                        + " sum(case when a.question.measure = :changed and r.respondent = :managerRespondent and a.yes = true then 1 else 0 end),"
                        + " sum(case when a.question.measure = :changed and r.respondent = :managerRespondent and a.yes is not null then 1 else 0 end)"
                        + " from EvaluationAnswer a join a.response r join r.request q left join q.booking b left join q.learningRecord lr"
                        + " where (b.person in (" + staff + ") or lr.person in (" + staff + "))"
                        + " and r.submittedOn >= :firstDay and r.submittedOn < :endDay", Object[].class)
                .setParameter("manager", manager).setParameter("satisfaction", Measure.SATISFACTION)
                .setParameter("confidence", Measure.CONFIDENCE).setParameter("changed", Measure.PRACTICE_CHANGED)
                .setParameter("learner", Respondent.LEARNER).setParameter("managerRespondent", Respondent.MANAGER)
                .setParameter("firstDay", firstDay).setParameter("endDay", endDay).getSingleResult();
        return new TeamFigures(people, number(attended[1]), number(attended[0]), selfGuided, open, number(answers[0]),
                number(answers[1]), number(answers[2]), number(answers[3]), number(answers[4]), number(answers[5]),
                number(answers[6]), number(answers[7]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Sends each line manager with a team their summary of the month before, once: a manager already sent it for that
     * month is skipped, as is a quiet month. How many were sent.
     */
    @PermitAll
    public int sendMonthlySummaries() {
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(ZONE))).minusMonths(1);
        List<Person> managers = em.createQuery("select distinct m from Person p join p.lineManager m where p.active = true"
                        + " and m.active = true and m.workEmail is not null and m.anonymisedAt is null"
                        + " and not exists (select t from TeamSummarySent t where t.managerId = m.id and t.monthCode = :month)"
                        + " order by m.id", Person.class)
                .setParameter("month", month.toString()).getResultList();
        int sent = 0;
        ResourceBundle texts = MailText.texts();
        int threshold = SmallNumbers.threshold();
        for (Person manager : managers) {
            TeamFigures figures = team(manager.getId(), month.atDay(1), month.plusMonths(1).atDay(1));
            em.persist(new TeamSummarySent(manager.getId(), month.toString(), clock.instant()));
            if (figures.isEmpty()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", manager.getGivenName() == null ? "" : manager.getGivenName());
            values.put("month", month.format(MONTH));
            values.put("summary", summary(figures, texts, threshold));
            values.put("team", Installation.baseUrl() + "/my/team-feedback.xhtml");
            outbox.queue(MailKind.TEAM_SUMMARY, null, manager.getWorkEmail(),
                    MailText.of(texts, MailKind.TEAM_SUMMARY, values, MailText.Part.GREETING));
            sent++;
        }
        return sent;
    }

    /** What the timer does: the summaries, unless another instance is sending them at this moment. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Integer> sendMonthlySummariesAlone() {
        return leases.alone(WORK, context.getBusinessObject(TeamFeedbackService.class)::sendMonthlySummaries);
    }

    /** The summary's lines, in words: what was done, then what the answers said where there were enough. */
    static String summary(TeamFigures f, ResourceBundle texts, int threshold) {
        StringBuilder text = new StringBuilder();
        text.append(Text.fill(texts.getString("mail.teamSummary.learning"), Map.of("attended", Long.toString(f.sessionsAttended()),
                "people", Long.toString(f.attendedPeople()), "team", Long.toString(f.people()),
                "selfGuided", Long.toString(f.selfGuided())))).append('\n');
        text.append(line(texts, "satisfaction", f.meanSatisfaction(threshold), f.satisfactionCount(), threshold));
        text.append(line(texts, "confidence", f.confidenceChange(threshold), f.confidenceCount(), threshold));
        text.append(line(texts, "changed", f.learnersPracticeChanged(threshold), f.learnersAsked(), threshold));
        if (f.managerPracticeChanged() != null) {
            text.append(Text.fill(texts.getString("mail.teamSummary.yours"), Map.of("value", f.managerPracticeChanged().toString(),
                    "count", Long.toString(f.managerAsked())))).append('\n');
        }
        if (f.evaluationsOpen() > 0) {
            text.append(Text.fill(texts.getString("mail.teamSummary.open"), Map.of("count", Long.toString(f.evaluationsOpen())))).append('\n');
        }
        return text.toString().strip();
    }

    private static String line(ResourceBundle texts, String key, Object value, long count, int threshold) {
        if (count == 0) {
            return "";
        }
        if (value == null) {
            return Text.fill(texts.getString("mail.teamSummary.tooFew"), Map.of("what", texts.getString("mail.teamSummary." + key + ".name"),
                    "threshold", Integer.toString(threshold))) + "\n";
        }
        return Text.fill(texts.getString("mail.teamSummary." + key), Map.of("value", value.toString(), "count", Long.toString(count))) + "\n";
    }
}
