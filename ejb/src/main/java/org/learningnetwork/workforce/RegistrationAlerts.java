package org.learningnetwork.workforce;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.MailText;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.Text;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;

/**
 * Alerts a person and their line manager 6, 3 and 1 months before their registration's renewal, or a condition on it
 * not yet met, falls due ({@link RegistrationRules#alertDue}). Each alert is a row with a unique key written with its
 * mails, so that it goes once whichever instance sends it, and an instance that stops part-way leaves the rest to the
 * next firing.
 */
@Stateless
@PermitAll
public class RegistrationAlerts {

    /** The work name of the alerts' lease. */
    public static final String WORK = "registration-alerts";

    static final String RENEWAL = "RENEWAL";
    static final String CONDITION = "CONDITION:";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @EJB
    private Leases leases;

    @Resource
    private SessionContext context;

    /** What the timer does: the alerts, unless another instance is sending them at this moment. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Integer> sendDueAlone() {
        return leases.alone(WORK, context.getBusinessObject(RegistrationAlerts.class)::sendDue);
    }

    /** Writes the alerts that are due, with their mails, to the outbox; how many were sent. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        Instant now = clock.instant();
        // Only registrations with something falling due within six months, current and of people still here.
        LocalDate horizon = today.plusMonths(RegistrationRules.ALERT_MONTHS.get(0));
        List<Registration> due = em.createQuery("select distinct r from Registration r join fetch r.person p left join r.conditions c"
                + " where p.active = true and r.endedOn is null and ((r.renewalDueOn > :today and r.renewalDueOn <= :horizon)"
                + " or (c.dueOn > :today and c.dueOn <= :horizon)) order by r.id", Registration.class)
                .setParameter("today", today).setParameter("horizon", horizon).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Set<Integer>> sent = new HashMap<>();
        for (Object[] row : em.createQuery("select a.registrationId, a.subject, a.dueOn, a.monthsBefore from RegistrationAlert a"
                + " where a.registrationId in :ids", Object[].class).setParameter("ids", due.stream().map(Registration::getId).toList())
                .getResultList()) {
            sent.computeIfAbsent(row[0] + ":" + row[1] + ":" + row[2], k -> new HashSet<>()).add((Integer) row[3]);
        }
        int alerts = 0;
        for (RegistrationService.Standing standing : RegistrationStandings.of(em, due, today)) {
            Registration registration = standing.registration();
            Optional<Integer> renewal = RegistrationRules.alertDue(registration.getRenewalDueOn(), today,
                    sent.getOrDefault(registration.getId() + ":" + RENEWAL + ":" + registration.getRenewalDueOn(), Set.of()));
            if (renewal.isPresent()) {
                em.persist(new RegistrationAlert(registration.getId(), RENEWAL, registration.getRenewalDueOn(), renewal.get(), now));
                alert(standing, null);
                alerts++;
            }
            for (RegistrationService.ConditionStanding condition : standing.conditions()) {
                if (condition.state() == ConditionState.MET || condition.state() == ConditionState.OVERDUE) {
                    continue;
                }
                String subject = CONDITION + condition.condition().getId();
                LocalDate dueOn = condition.condition().getDueOn();
                Optional<Integer> months = RegistrationRules.alertDue(dueOn, today,
                        sent.getOrDefault(registration.getId() + ":" + subject + ":" + dueOn, Set.of()));
                if (months.isPresent()) {
                    em.persist(new RegistrationAlert(registration.getId(), subject, dueOn, months.get(), now));
                    alert(standing, condition);
                    alerts++;
                }
            }
        }
        em.flush();
        return alerts;
    }

    /** One mail to the person and one to their line manager about the renewal ({@code condition} null) or the condition. */
    private void alert(RegistrationService.Standing standing, RegistrationService.ConditionStanding condition) {
        ResourceBundle texts = MailText.texts();
        Registration registration = standing.registration();
        Person person = registration.getPerson();
        String what;
        String date;
        String where;
        if (condition == null) {
            what = texts.getString("mail.registration.renewal");
            date = DAY.format(registration.getRenewalDueOn());
            where = Text.fill(texts.getString("mail.registration.renewalStanding"), Map.of("from", DAY.format(standing.countedFrom()),
                    "done", standing.hoursDone().stripTrailingZeros().toPlainString(),
                    "expected", standing.hoursExpected().stripTrailingZeros().toPlainString()));
        } else {
            what = Text.fill(texts.getString("mail.registration.condition"),
                    Map.of("qualification", condition.condition().getQualification().getName()));
            date = DAY.format(condition.condition().getDueOn());
            LocalDate expected = expectedOn(person, condition.condition().getQualification().getCode());
            where = Text.fill(texts.getString("mail.registration.conditionStanding." + condition.state().name()),
                    Map.of("expected", expected == null ? "" : DAY.format(expected)));
        }
        String page = Installation.baseUrl() + "/my/qualifications.xhtml";
        Map<String, String> values = new HashMap<>(Map.of("name", person.getGivenName(), "person", person.getFullName(),
                "part", registration.getPart().getName(), "what", what, "date", date, "standing", where, "page", page,
                "personPage", page + "?person=" + person.getId(),
                "number", registration.getNumber() == null ? texts.getString("mail.registration.noNumber") : registration.getNumber()));
        outbox.queue(MailKind.REGISTRATION_ALERT, null, person.getWorkEmail(),
                MailText.of(texts, MailKind.REGISTRATION_ALERT, values, MailText.Part.GREETING));
        Person manager = person.getLineManager();
        if (manager != null && manager.isActive()) {
            values.put("name", manager.getGivenName());
            outbox.queue(MailKind.REGISTRATION_ALERT_MANAGER, null, manager.getWorkEmail(),
                    MailText.of(texts, MailKind.REGISTRATION_ALERT_MANAGER, values, MailText.Part.GREETING));
        }
    }

    private LocalDate expectedOn(Person person, String code) {
        return em.createQuery("select q.expectedOn from PersonQualification q where q.person = :person and q.qualification.code = :code"
                        + " and q.status = :working order by q.expectedOn", LocalDate.class).setParameter("person", person)
                .setParameter("code", code).setParameter("working", QualificationStatus.IN_PROGRESS).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }
}
