package org.learningnetwork.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.organisation.Partnership;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.reference.CouncilArea;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.security.Callers;
import org.learningnetwork.security.PasswordHasher;
import org.learningnetwork.security.UserAccount;

/**
 * Test only: writes the records a test starts from straight into the database, each call in its own
 * transaction, and decides which person each {@link AsRole} bean's principal is signed in as.
 */
@Stateless
@LocalBean
@PermitAll
@ChangesPublicContent
public class TestData {

    /** Deployed in the EJB module (see {@link Deployments}), where the application's persistence unit is. */
    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private org.learningnetwork.retention.PersonAnonymiser anonymiser;

    /** Anonymises the person now, as the retention sweep and an erasure do. */
    public int anonymise(long personId) {
        return anonymiser.anonymise(personId);
    }

    /** A new organisation working in the named council areas. */
    public Organisation organisation(String... councilAreaNames) {
        Set<CouncilArea> areas = new HashSet<>(em.createQuery("select c from CouncilArea c where c.name in :names", CouncilArea.class)
                .setParameter("names", Set.of(councilAreaNames)).getResultList());
        Organisation organisation = new Organisation("Test agency " + UUID.randomUUID(), AgencyType.THIRD_SECTOR, areas);
        em.persist(organisation);
        return organisation;
    }

    /** A new person in the organisation, placed in the workforce group, with the line manager (or none). */
    public Person person(Organisation organisation, WorkforceGroup group, Person lineManager) {
        String key = UUID.randomUUID().toString().substring(0, 12);
        Person person = new Person("Test", "Person " + key, key + "@test.learning-network.scot", em.find(Organisation.class, organisation.getId()));
        if (group != null) {
            person.placeIn(em.find(WorkforceGroup.class, group.getId()));
        }
        if (lineManager != null) {
            person.setLineManager(em.find(Person.class, lineManager.getId()));
        }
        em.persist(person);
        return person;
    }

    /** From now on, calls through the {@link AsRole} bean of this role are made as this person. */
    public void signIn(Role role, Person person) {
        String username = "it-run-as-" + role.name().toLowerCase(java.util.Locale.ROOT);
        UserAccount account = em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        if (account == null) {
            em.persist(new UserAccount(username, PasswordHasher.hash(UUID.randomUUID().toString().toCharArray()),
                    em.find(Person.class, person.getId()), Set.of(role)));
        } else {
            em.createQuery("update UserAccount a set a.person = :p where a.id = :id")
                    .setParameter("p", em.find(Person.class, person.getId())).setParameter("id", account.getId()).executeUpdate();
        }
        // A test's request signs in as one person after another through the same account, which nothing outside the
        // tests does: the person the request's services remembered for it is forgotten, as at a new sign-in.
        Callers.forgetRemembered();
    }

    /** From now on, the {@link AsRole.Committee} bean's calls are this person's, a viewer of exactly these committees. */
    public void committeeViewer(Person person, String... committees) {
        signIn(Role.COMMITTEE, person);
        em.flush();
        em.createNativeQuery("delete from user_account_committee where user_account_id = (select a.id from user_account a"
                + " where a.username = 'it-run-as-committee')").executeUpdate();
        for (String committee : committees) {
            em.createNativeQuery("insert into user_account_committee (user_account_id, committee_code) select a.id, ? from user_account a"
                    + " where a.username = 'it-run-as-committee'").setParameter(1, committee).executeUpdate();
        }
    }

    /**
     * The installation's partnerships serve exactly these council areas, all in one partnership of the tests (none:
     * everyone may book, as while no partnership serves an area).
     */
    public void partnershipAreas(String... councilAreaNames) {
        for (Partnership partnership : em.createQuery("select p from Partnership p", Partnership.class).getResultList()) {
            partnership.serve(java.util.Set.of());
        }
        em.flush();
        if (councilAreaNames.length == 0) {
            return;
        }
        Partnership tests = em.createQuery("select p from Partnership p where p.name = 'Partnership of the tests'", Partnership.class)
                .getResultStream().findFirst().orElseGet(() -> {
                    Partnership added = new Partnership("Partnership of the tests");
                    em.persist(added);
                    return added;
                });
        tests.serve(new java.util.HashSet<>(em.createQuery("select c from CouncilArea c where c.name in :n", CouncilArea.class)
                .setParameter("n", List.of(councilAreaNames)).getResultList()));
    }

    /**
     * From now on, the {@link AsRole.Coordinator} bean's calls are a coordinator's who works for exactly these
     * partnerships (none: every one). The account is the one {@link #signIn} gave the role.
     */
    public void coordinatorPartnerships(Long... partnerships) {
        em.createNativeQuery("delete from user_account_partnership where user_account_id in (select a.id from user_account a"
                + " where a.username = 'it-run-as-coordinator')").executeUpdate();
        for (Long partnership : partnerships) {
            em.createNativeQuery("insert into user_account_partnership (user_account_id, partnership_id) select a.id, ? from user_account a"
                    + " where a.username = 'it-run-as-coordinator'").setParameter(1, partnership).executeUpdate();
        }
    }

    /** Whether the committee's quarterly pack has the workforce planning section. */
    public void workforceSection(String committee, boolean wanted) {
        em.createNativeQuery("update committee set workforce_section = ? where code = ?").setParameter(1, wanted).setParameter(2, committee)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** Whether the committee's quarterly pack has the action-learning section. */
    public void actionLearningSection(String committee, boolean wanted) {
        em.createNativeQuery("update committee set action_learning_section = ? where code = ?").setParameter(1, wanted)
                .setParameter(2, committee).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** Whether the organisation's people may book: it is in an active partnership, or no partnership serves an area. */
    public boolean serves(Organisation organisation) {
        return em.createNamedQuery(Partnership.SERVES, Long.class).setParameter("organisation", em.find(Organisation.class, organisation.getId()))
                .getSingleResult() > 0;
    }

    /** Records that the person has done the course (kind EQUIVALENT or COMPLETED) or part of it. */
    public void learningRecord(Person person, Course course, LearningRecordKind kind) {
        em.persist(new LearningRecord(em.find(Person.class, person.getId()), em.find(Course.class, course.getId()), null,
                LocalDate.now(), BigDecimal.ONE, kind, null, null));
    }

    /** Records that the person did the course (kind EQUIVALENT, COMPLETED or PARTIAL) on the day. */
    public void learningRecord(Person person, Course course, LearningRecordKind kind, LocalDate on) {
        em.persist(new LearningRecord(em.find(Person.class, person.getId()), em.find(Course.class, course.getId()), null,
                on, BigDecimal.ONE, kind, null, null));
    }

    /** Sets how many of the session's places are taken, as bookings would. */
    public void takePlaces(long sessionId, int taken) {
        em.createQuery("update CourseSession s set s.placesTaken = :taken where s.id = :id")
                .setParameter("taken", taken).setParameter("id", sessionId).executeUpdate();
    }

    /** Moves a session (and its booking window) so that it started {@code ago} ago; its length stays. */
    public void startedAgo(long sessionId, Duration ago) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        Duration length = Duration.between(session.getStartsAt(), session.getEndsAt());
        Instant start = Instant.now().minus(ago);
        em.createQuery("update CourseSession s set s.startsAt = :start, s.endsAt = :end, s.bookingOpensAt = :opens,"
                        + " s.bookingClosesAt = :closes where s.id = :id")
                .setParameter("start", start).setParameter("end", start.plus(length))
                .setParameter("opens", start.minus(Duration.ofDays(30))).setParameter("closes", start.minus(Duration.ofHours(1)))
                .setParameter("id", sessionId).executeUpdate();
    }

    /** Closes the session's booking window a minute ago (the session itself stays in the future). */
    public void closeBookingWindow(long sessionId) {
        em.createQuery("update CourseSession s set s.bookingClosesAt = :past where s.id = :id")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("id", sessionId).executeUpdate();
    }

    /** Makes the person a facilitator of the session. */
    public void facilitate(long sessionId, Person person) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        Set<Person> facilitators = new HashSet<>(session.getFacilitators());
        facilitators.add(em.find(Person.class, person.getId()));
        session.setFacilitators(facilitators);
    }

    /** Makes an offer of a place look as if it expired a minute ago. */
    public void expireOffer(long bookingId) {
        em.createQuery("update Booking b set b.offerExpiresAt = :past where b.id = :id")
                .setParameter("past", java.time.Instant.now().minusSeconds(60)).setParameter("id", bookingId).executeUpdate();
    }

    /** The e-mails in the outbox to an address, oldest first. */
    public java.util.List<org.learningnetwork.notification.OutboxMail> outboxTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :recipient order by m.id",
                org.learningnetwork.notification.OutboxMail.class).setParameter("recipient", recipient).getResultList();
    }

    /** The e-mails in the outbox about a booking, oldest first. */
    public java.util.List<org.learningnetwork.notification.OutboxMail> outbox(long bookingId) {
        return em.createQuery("select m from OutboxMail m where m.bookingId = :id order by m.id",
                org.learningnetwork.notification.OutboxMail.class).setParameter("id", bookingId).getResultList();
    }

    /** Runs an SQL statement straight on the database (as someone with access to it, not the application, would). */
    public int execute(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The rows of an SQL query run straight on the database. */
    @SuppressWarnings("unchecked")
    public java.util.List<Object[]> query(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    /** The numbers (such as ids) an SQL query of one column answers. */
    public java.util.List<Long> ids(String sql) {
        java.util.List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /** The rows an SQL query answers, each column as text (a row of one column too). */
    public java.util.List<java.util.List<String>> rows(String sql) {
        java.util.List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> row instanceof Object[] columns
                ? java.util.Arrays.stream(columns).map(String::valueOf).toList() : java.util.List.of(String.valueOf(row))).toList();
    }

    /** The single value an SQL query answers. */
    public Object value(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    /** The single number an SQL query (such as a count) answers. */
    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The id of the account with this username, if there is one. */
    public Long accountId(String username) {
        return em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class).setParameter("u", username)
                .getResultStream().findFirst().orElse(null);
    }

    /** The e-mails in the outbox telling the learning team that a session's allocation is ready, oldest first. */
    public java.util.List<org.learningnetwork.notification.OutboxMail> allocationReadyMails(long sessionId) {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("allocation\\.xhtml\\?session=" + sessionId + "\\b");
        return em.createQuery("select m from OutboxMail m where m.kind = :kind order by m.id",
                        org.learningnetwork.notification.OutboxMail.class)
                .setParameter("kind", org.learningnetwork.notification.MailKind.ALLOCATION_READY).getResultList().stream()
                .filter(m -> link.matcher(m.getBody()).find()).toList();
    }

    /** Makes every e-mail waiting in the outbox due now, as if its pause after a failure had passed. */
    public void mailDueNow() {
        em.createQuery("update OutboxMail m set m.nextAttemptAt = :now where m.status = :pending")
                .setParameter("now", Instant.now()).setParameter("pending", org.learningnetwork.notification.OutboxStatus.PENDING)
                .executeUpdate();
    }

    /** Makes the approval links of a booking look as if they expired a minute ago. */
    public void expireApprovalLinks(long bookingId) {
        em.createQuery("update ApprovalLink l set l.expiresAt = :past where l.booking.id = :id")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("id", bookingId).executeUpdate();
    }

    /** How many places the session's row says are taken, read from the database. */
    public int placesTaken(long sessionId) {
        return em.createQuery("select s.placesTaken from CourseSession s where s.id = :id", Integer.class)
                .setParameter("id", sessionId).getSingleResult();
    }
}
