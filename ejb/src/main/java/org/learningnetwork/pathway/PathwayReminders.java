package org.learningnetwork.pathway;

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
import java.util.ArrayList;
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
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.Text;

/**
 * Reminds people, and their line managers, of their learning requirements: once when one falls due soon (within the
 * due-soon window) and once when it has lapsed, for each day it is due. One e-mail each a day at most, listing what is
 * new. Runs daily ({@link PathwayReminderTimer}) on one server instance at a time; the reminder's key in
 * {@code pathway_reminder} also refuses a second sending of the same one.
 */
@Stateless
@PermitAll
public class PathwayReminders {

    /** The work name of the reminders' lease. */
    public static final String WORK = "pathway-reminders";

    /** How many people are read and reminded in one go. */
    static final int BATCH = 500;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PathwayFacts facts;

    @Inject
    private Outbox outbox;

    @EJB
    private Leases leases;

    @Resource
    private SessionContext context;

    /** One thing to remind a person of. */
    record Item(LearningRequirement requirement, Standing standing) {

        String kind() {
            return standing.state().name();
        }
    }

    /** Writes the reminders that are due to the outbox; how many people were reminded. */
    public int sendDue() {
        List<Long> holders = em.createQuery("select distinct h.person.id from PersonRoleProfile h where h.person.active = true"
                + " and h.roleProfile.active = true order by h.person.id", Long.class).getResultList();
        int reminded = 0;
        for (int from = 0; from < holders.size(); from += BATCH) {
            reminded += remind(holders.subList(from, Math.min(holders.size(), from + BATCH)));
        }
        return reminded;
    }

    /** What the timer does: the reminders, unless another instance is writing them at this moment. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Integer> sendDueAlone() {
        return leases.alone(WORK, context.getBusinessObject(PathwayReminders.class)::sendDue);
    }

    private int remind(List<Long> ids) {
        List<Person> people = em.createQuery("select p from Person p left join fetch p.lineManager where p.id in :ids", Person.class)
                .setParameter("ids", ids).getResultList();
        Set<String> sent = new HashSet<>();
        for (Object[] row : em.createQuery("select r.personId, r.requirementId, r.dueOn, r.kind from PathwayReminder r"
                + " where r.personId in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            sent.add(key((Long) row[0], (Long) row[1], (LocalDate) row[2], (String) row[3]));
        }
        Map<Long, Map<LearningRequirement, Standing>> standings = facts.standings(people);
        Instant now = clock.instant();
        int reminded = 0;
        for (Person person : people) {
            List<Item> items = new ArrayList<>();
            standings.getOrDefault(person.getId(), Map.of()).forEach((requirement, standing) -> {
                if ((standing.state() == PathwayState.DUE_SOON || standing.state() == PathwayState.OVERDUE) && standing.dueOn() != null
                        && !sent.contains(key(person.getId(), requirement.getId(), standing.dueOn(), standing.state().name()))) {
                    items.add(new Item(requirement, standing));
                }
            });
            if (items.isEmpty()) {
                continue;
            }
            for (Item item : items) {
                em.persist(new PathwayReminder(person.getId(), item.requirement().getId(), item.standing().dueOn(), item.kind(), now));
            }
            mail(person, items);
            reminded++;
        }
        em.flush();
        return reminded;
    }

    static String key(long personId, long requirementId, LocalDate dueOn, String kind) {
        return personId + ":" + requirementId + ":" + dueOn + ":" + kind;
    }

    /** One e-mail to the person listing what is new, and one to their line manager about them. */
    private void mail(Person person, List<Item> items) {
        ResourceBundle texts = MailText.texts();
        StringBuilder list = new StringBuilder();
        for (Item item : items) {
            String line = item.standing().state() == PathwayState.OVERDUE ? "mail.pathway.overdueItem" : "mail.pathway.dueSoonItem";
            list.append("- ").append(Text.fill(texts.getString(line), Map.of("requirement", item.requirement().getName(),
                    "date", DAY.format(item.standing().dueOn())))).append('\n');
        }
        String pathway = Installation.baseUrl() + "/my/pathway.xhtml";
        Map<String, String> values = Map.of("name", person.getGivenName(), "person", person.getFullName(), "items", list.toString().strip(),
                "pathway", pathway, "personPathway", pathway + "?person=" + person.getId());
        queue(MailKind.PATHWAY_REMINDER, person.getWorkEmail(), texts, values);
        if (person.getLineManager() != null && person.getLineManager().isActive()) {
            Map<String, String> forManager = new java.util.HashMap<>(values);
            forManager.put("name", person.getLineManager().getGivenName());
            queue(MailKind.PATHWAY_REMINDER_MANAGER, person.getLineManager().getWorkEmail(), texts, forManager);
        }
    }

    private void queue(MailKind kind, String to, ResourceBundle texts, Map<String, String> values) {
        // The person is asked to attend learning: like every mail about attending, it carries the trauma-aware statement.
        MailText text = kind == MailKind.PATHWAY_REMINDER
                ? MailText.of(texts, kind, values, MailText.Part.GREETING, MailText.Part.TRAUMA_STATEMENT)
                : MailText.of(texts, kind, values, MailText.Part.GREETING);
        outbox.queue(kind, null, to, text);
    }
}
