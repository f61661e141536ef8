package org.learningnetwork.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learningnetwork.actionlearning.SetMember;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.AttendanceMarked;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingMails;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.SelfGuidedDone;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Tokens;

/**
 * Makes the requests to answer, in the transaction of what calls for them, and e-mails their links: a learner marked
 * attended or partial is asked to evaluate the course once; a mark corrected to did not attend closes an unanswered
 * request, and a mark corrected back opens it again. Someone who marked self-guided learning done is asked too.
 */
@ApplicationScoped
public class EvaluationIssuer {

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private BookingMails mails;

    @Inject
    private Outbox outbox;

    void attendanceMarked(@Observes AttendanceMarked marked) {
        Booking booking = em.find(Booking.class, marked.bookingId());
        QuestionSet set = set(EvaluationPurpose.END_OF_COURSE, Respondent.LEARNER);
        Optional<EvaluationRequest> existing = request(booking, set, EvaluationRequest.END);
        Instant now = clock.instant();
        boolean attended = booking.getAttendance() == Attendance.ATTENDED || booking.getAttendance() == Attendance.PARTIAL;
        if (existing.isEmpty()) {
            if (attended) {
                issue(booking, set, booking.getPerson(), EvaluationRequest.END, MailKind.EVALUATION, now);
            }
        } else if (existing.get().getAnsweredAt() == null) {
            if (attended) {
                existing.get().reopen(now.plus(EvaluationSettings.openFor()));
            } else if (existing.get().getClosedAt() == null) {
                existing.get().close(now);
            }
        }
    }

    /**
     * Asks a person who marked self-guided learning done to evaluate it, on the screen they are on and in My learning
     * (no e-mail: they are signed in as they finish it).
     */
    void selfGuidedDone(@Observes SelfGuidedDone done) {
        LearningRecord record = em.find(LearningRecord.class, done.learningRecordId());
        Instant now = clock.instant();
        em.persist(new EvaluationRequest(record, set(EvaluationPurpose.END_OF_COURSE, Respondent.LEARNER), Tokens.newToken(), now,
                now.plus(EvaluationSettings.openFor())));
    }

    /** Asks {@code respondent} to answer {@code set} about the booking, by e-mail with a link of its own. */
    EvaluationRequest issue(Booking booking, QuestionSet set, Person respondent, String followUp, MailKind kind, Instant now) {
        String token = Tokens.newToken();
        EvaluationRequest request = new EvaluationRequest(booking, set, respondent, followUp, token, now,
                now.plus(EvaluationSettings.openFor()));
        em.persist(request);
        mail(kind, request, token);
        return request;
    }

    /** Asks {@code respondent} to answer {@code set} about a membership of an action-learning set, by e-mail with a link of its own. */
    public EvaluationRequest issue(SetMember member, QuestionSet set, Person respondent, String checkpoint, MailKind kind, Instant now) {
        String token = Tokens.newToken();
        EvaluationRequest request = new EvaluationRequest(member, set, respondent, checkpoint, token, now, now.plus(EvaluationSettings.openFor()));
        em.persist(request);
        mail(kind, request, token);
        return request;
    }

    /** E-mails the respondent of {@code request} its link ({@code token}) and when it closes. */
    void mail(MailKind kind, EvaluationRequest request, String token) {
        String link = Installation.baseUrl() + "/evaluation.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        if (request.getSetMember() != null) {
            Person reader = request.getRespondent();
            if (reader.getWorkEmail() == null) {
                return;
            }
            java.util.ResourceBundle texts = MailText.texts();
            Map<String, String> values = Map.of("name", reader.getGivenName(), "learner", request.getLearner().getFullName(),
                    "set", request.getLearningSet().getName(), "link", link, "until", DAY.format(request.getClosesAt().atZone(ZONE)),
                    "myLearning", Installation.baseUrl() + "/my/index.xhtml");
            MailText text = kind == MailKind.EVALUATION_REMINDER ? MailText.of(texts, "mail.SET_QUESTIONNAIRE.reminder", values,
                    MailText.Part.GREETING) : MailText.of(texts, kind, values, MailText.Part.GREETING);
            outbox.queue(kind, null, reader.getWorkEmail(), text);
            return;
        }
        mails.aboutBooking(kind, request.getBooking(), request.getRespondent(), Map.of("learner",
                request.getBooking().getPerson().getFullName(),
                "link", link,
                "until", DAY.format(request.getClosesAt().atZone(ZONE))));
    }

    public QuestionSet set(EvaluationPurpose purpose, Respondent respondent) {
        return em.createQuery("select s from QuestionSet s where s.purpose = :purpose and s.respondent = :respondent", QuestionSet.class)
                .setParameter("purpose", purpose).setParameter("respondent", respondent).getSingleResult();
    }

    Optional<EvaluationRequest> request(Booking booking, QuestionSet set, String followUp) {
        return em.createQuery("select r from EvaluationRequest r where r.booking = :booking and r.questionSet = :set"
                        + " and r.followUp = :followUp", EvaluationRequest.class)
                .setParameter("booking", booking).setParameter("set", set).setParameter("followUp", followUp)
                .getResultStream().findFirst();
    }
}
