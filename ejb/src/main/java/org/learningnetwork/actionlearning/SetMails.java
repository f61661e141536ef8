package org.learningnetwork.actionlearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.learningnetwork.catalogue.SessionCalendar;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailSettings;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.LearningTeam;

/**
 * The e-mails about sets, in the transaction of what calls for them: invitations, applications to approve and to
 * place, places given and declined, and each meeting as a calendar invitation (a cancelled one taking it out again).
 * Nobody without a work address is written to.
 */
@ApplicationScoped
public class SetMails {

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    void invited(SetMember member, List<SetMeeting> upcoming) {
        send(MailKind.SET_INVITATION, member.getSet(), member.getPerson(), upcoming, Map.of());
    }

    void approvalNeeded(SetMember member, List<SetMeeting> upcoming) {
        send(MailKind.SET_APPROVAL_NEEDED, member.getSet(), member.getApprover(), upcoming,
                Map.of("learner", member.getPerson().getFullName(), "approvals", Installation.baseUrl() + "/my/approvals.xhtml"));
    }

    /** To the learning team: an application waits for a place ({@code approved}: its line manager approved it). */
    void application(SetMember member, boolean approved) {
        ResourceBundle texts = MailText.texts();
        for (Person reader : LearningTeam.members(em)) {
            send(MailKind.SET_APPLICATION, member.getSet(), reader, List.of(), Map.of("learner", member.getPerson().getFullName(),
                    "approved", approved ? texts.getString("mail.SET_APPLICATION.approved") : "",
                    "page", Installation.baseUrl() + "/coordinator/learning-set.xhtml?id=" + member.getSet().getId()));
        }
    }

    /** A place given: the mail with the meetings, then each upcoming meeting as a calendar invitation. */
    void joined(SetMember member, List<SetMeeting> upcoming) {
        send(MailKind.SET_JOINED, member.getSet(), member.getPerson(), upcoming, Map.of());
        upcoming.forEach(meeting -> meeting(meeting, member.getPerson()));
    }

    void declined(SetMember member) {
        send(MailKind.SET_DECLINED, member.getSet(), member.getPerson(), List.of(), Map.of());
    }

    /** The meeting as a calendar invitation to {@code reader}. */
    void meeting(SetMeeting meeting, Person reader) {
        calendar(MailKind.SET_MEETING, meeting, reader, SessionCalendar.Method.REQUEST);
    }

    /** The meeting cancelled, taken out of {@code reader}'s calendar. */
    void cancelled(SetMeeting meeting, Person reader) {
        calendar(MailKind.SET_MEETING_CANCELLED, meeting, reader, SessionCalendar.Method.CANCEL);
    }

    private void calendar(MailKind kind, SetMeeting meeting, Person reader, SessionCalendar.Method method) {
        if (reader.getWorkEmail() == null) {
            return;
        }
        ResourceBundle texts = MailText.texts();
        LearningSet set = meeting.getSet();
        Map<String, String> values = values(set, reader, texts);
        values.put("when", when(meeting));
        values.put("where", where(meeting, texts));
        values.put("facilitators", set.getFacilitatorList().stream().map(Person::getFullName).collect(Collectors.joining(", ")));
        MailText text = MailText.of(texts, kind, values, MailText.Part.GREETING);
        String description = set.getDescription() == null ? set.getName() : set.getName() + "\n\n" + set.getDescription();
        String event = SessionCalendar.writeEvent("set-meeting-" + meeting.getId() + "@" + Installation.host(), meeting.getStartsAt(),
                meeting.getEndsAt(), set.getName(), description, where(meeting, texts),
                URI.create(Installation.baseUrl() + "/my/sets.xhtml"), method == SessionCalendar.Method.CANCEL);
        String calendar = SessionCalendar.scheduling(event, method, MailSettings.organiser(), reader.getWorkEmail(), reader.getFullName(),
                clock.instant());
        outbox.queue(kind, null, reader.getWorkEmail(), text.subject(), text.body(), calendar);
    }

    private void send(MailKind kind, LearningSet set, Person reader, List<SetMeeting> upcoming, Map<String, String> given) {
        if (reader == null || reader.getWorkEmail() == null) {
            return;
        }
        ResourceBundle texts = MailText.texts();
        Map<String, String> values = values(set, reader, texts);
        values.putAll(given);
        values.put("meetings", upcoming.isEmpty() ? texts.getString("mail.set.noMeetings")
                : Text.fill(texts.getString("mail.set.meetings"), Map.of("dates", upcoming.stream()
                        .map(m -> "- " + when(m) + ", " + where(m, texts)).collect(Collectors.joining("\n")))));
        outbox.queue(kind, null, reader.getWorkEmail(), MailText.of(texts, kind, values, MailText.Part.GREETING));
    }

    private static Map<String, String> values(LearningSet set, Person reader, ResourceBundle texts) {
        Map<String, String> values = new HashMap<>();
        values.put("name", reader.getGivenName());
        values.put("set", set.getName());
        values.put("kind", texts.getString("mail.set.kind." + set.getKind()));
        values.put("purpose", texts.getString("mail.set.purpose." + set.getPurpose()));
        values.put("description", set.getDescription() == null ? "" : set.getDescription());
        values.put("mySets", Installation.baseUrl() + "/my/sets.xhtml");
        values.put("myLearning", Installation.baseUrl() + "/my/index.xhtml");
        return values;
    }

    static String when(SetMeeting meeting) {
        return DAY_AND_TIME.format(meeting.getStartsAt().atZone(ZONE)) + " to " + TIME.format(meeting.getEndsAt().atZone(ZONE));
    }

    private static String where(SetMeeting meeting, ResourceBundle texts) {
        Venue venue = meeting.getVenue();
        if (meeting.isOnline() || venue == null) {
            return texts.getString("mail.online");
        }
        return venue.getName() + ", " + venue.getAddress() + ", " + venue.getTown();
    }
}
