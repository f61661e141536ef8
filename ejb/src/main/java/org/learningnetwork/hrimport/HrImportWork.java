package org.learningnetwork.hrimport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.persistence.sessions.Session;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.hrimport.HrPlanner.Plan;
import org.learningnetwork.hrimport.HrPlanner.Planned;
import org.learningnetwork.hrimport.HrPlanner.Target;
import org.learningnetwork.pathway.AssignedBy;
import org.learningnetwork.pathway.PersonRoleProfile;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.AccountService;
import org.learningnetwork.workforce.PersonQualification;
import org.learningnetwork.workforce.Registration;
import org.learningnetwork.workforce.RegistrationCondition;

/**
 * The work of the HR import's job: the dry run of an import ({@link HrImport.Status#CHECKING}), which works out and
 * stores what applying the file would do, and its application ({@link HrImport.Status#APPLYING}), which works it out
 * again against the people as they are then and does it. Each runs in the caller's transaction (the job's, which
 * covers the whole file): applied whole, or not at all, so a failed run leaves nothing half-applied and is simply
 * run again. The people are read and written with plain JDBC in batches on the persistence context's connection, so that a
 * file of many thousands of rows takes seconds and little memory; the invitations go through the account service.
 * Open to the job, which runs without a signed-in caller and is started only by an administrator.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class HrImportWork {

    private static final Logger LOG = Logger.getLogger(HrImportWork.class.getName());
    private static final ZoneId ZONE = Installation.zone();
    private static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog audit;

    /** Checks or applies the import, as its status says; nothing if it is neither being checked nor applied. */
    public HrImport.Status run(long importId) throws SQLException {
        Instant now = clock.instant();
        // The persistence context's own connection (not another from the pool): what is written here is what the
        // account service then reads, in the same transaction. The persistence provider closes it.
        Connection connection = em.unwrap(Connection.class);
        HrImport.Status status;
        byte[] content;
        try (PreparedStatement select = connection.prepareStatement("select status, content from hr_import where id = ? for update")) {
            select.setLong(1, importId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                status = HrImport.Status.valueOf(row.getString(1));
                content = status.working() ? row.getBytes(2) : null;
            }
        }
        if (!status.working()) {
            return status;
        }
        boolean apply = status == HrImport.Status.APPLYING;
        HrColumns columns = HrColumns.of(mapped(connection), frameworks(connection));
        Plan plan;
        int rows = 0;
        try (HrRowReader reader = new HrRowReader(content, columns)) {
            content = null;
            HrPlanner planner = new HrPlanner(reference(connection), LocalDate.ofInstant(now, ZONE));
            people(connection, planner);
            if (reader.hasRecords()) {
                records(connection, planner);
            }
            for (HrRowReader.Read read = reader.next(); read != null; read = reader.next()) {
                planner.add(read);
                rows++;
            }
            plan = planner.plan();
        } catch (HrFileException e) {
            execute(connection, "delete from hr_import_line where hr_import_id = ?", importId);
            update(connection, importId, "REFUSED", e.detail(), 0, null, now, false);
            return HrImport.Status.REFUSED;
        }
        Long[] ids = new Long[plan.items().size()];
        int invited = 0;
        if (apply) {
            write(connection, plan, ids, now);
            for (int i = 0; i < ids.length; i++) {
                if (plan.items().get(i).invite() && accounts.inviteImported(ids[i])) {
                    invited++;
                }
            }
        }
        lines(connection, importId, plan, ids);
        update(connection, importId, apply ? "APPLIED" : "CHECKED", null, rows, new int[] {plan.count(Outcome.CREATE),
                plan.count(Outcome.CHANGE), plan.count(Outcome.DEACTIVATE), plan.count(Outcome.UNCHANGED),
                plan.count(Outcome.ERROR), apply ? invited : plan.invited()}, now, apply);
        if (apply) {
            audit.record(AuditAction.CHANGED, "HrImport", importId, "applied: " + plan.count(Outcome.CREATE) + " created, "
                    + plan.count(Outcome.CHANGE) + " changed, " + plan.count(Outcome.DEACTIVATE) + " deactivated, "
                    + plan.count(Outcome.ERROR) + " rows refused, " + invited + " invited");
        }
        int rowsRead = rows;
        LOG.info(() -> "HR import " + importId + (apply ? " applied: " : " checked: ") + rowsRead + " rows");
        return apply ? HrImport.Status.APPLIED : HrImport.Status.CHECKED;
    }

    private static Map<String, String> mapped(Connection connection) throws SQLException {
        Map<String, String> mapped = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select field, header from hr_column");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                mapped.put(rows.getString(1), rows.getString(2));
            }
        }
        return mapped;
    }

    static Map<String, String> frameworks(Connection connection) throws SQLException {
        Map<String, String> frameworks = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select code, name from framework order by display_order, code");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                frameworks.put(rows.getString(1), rows.getString(2));
            }
        }
        return frameworks;
    }

    private static HrPlanner.Reference reference(Connection connection) throws SQLException {
        Map<String, Long> organisations = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, name_key from organisation where active = true");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                organisations.put(rows.getString(2), rows.getLong(1));
            }
        }
        Map<String, Map<String, Long>> groups = new HashMap<>();
        Map<Long, Integer> ranks = new HashMap<>();
        Map<Long, String> frameworkOf = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, framework_code, code, name, rank from workforce_group");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Map<String, Long> framework = groups.computeIfAbsent(rows.getString(2), k -> new HashMap<>());
                framework.put(Text.key(rows.getString(4)), rows.getLong(1));
                framework.putIfAbsent(Text.key(rows.getString(3)), rows.getLong(1));
                ranks.put(rows.getLong(1), rows.getInt(5));
                frameworkOf.put(rows.getLong(1), rows.getString(2));
            }
        }
        Map<String, Long> profiles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, code, name from role_profile where active = true");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                profiles.put(Text.key(rows.getString(3)), rows.getLong(1));
                profiles.put(Text.key(rows.getString(2)), rows.getLong(1));
            }
        }
        Map<Long, Map<String, Long>> profileGroups = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select role_profile_id, workforce_group_id from role_profile_workforce_group");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long group = rows.getLong(2);
                profileGroups.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).put(frameworkOf.get(group), group);
            }
        }
        return new HrPlanner.Reference(organisations, groups, profiles, profileGroups, ranks,
                codes(connection, "select code, name from qualification"), codes(connection, "select code, name from register_part"));
    }

    /** Codes by the key of their code and of their name (the code winning where one's name is another's code). */
    private static Map<String, String> codes(Connection connection, String sql) throws SQLException {
        Map<String, String> codes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                codes.putIfAbsent(Text.key(rows.getString(2)), rows.getString(1));
                codes.put(Text.key(rows.getString(1)), rows.getString(1));
            }
        }
        return codes;
    }

    /** The qualifications on record and the current registrations with their conditions, for a file that has them. */
    private static void records(Connection connection, HrPlanner planner) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, person_id, qualification_code, status, expected_on,"
                + " achieved_on from person_qualification")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    planner.recorded(rows.getLong(2), new HrPlanner.HeldQualification(rows.getLong(1), rows.getString(3), rows.getString(4),
                            day(rows.getDate(5)), day(rows.getDate(6))));
                }
            }
        }
        Map<Long, Map<String, HrPlanner.HeldCondition>> conditions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select c.registration_id, c.qualification_code, c.id, c.due_on"
                + " from registration_condition c join registration r on r.id = c.registration_id where r.ended_on is null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                conditions.computeIfAbsent(rows.getLong(1), k -> new HashMap<>(2)).put(rows.getString(2),
                        new HrPlanner.HeldCondition(rows.getLong(3), day(rows.getDate(4))));
            }
        }
        try (PreparedStatement select = connection.prepareStatement("select id, person_id, register_part_code, registration_number,"
                + " registered_on, renewal_due_on from registration where ended_on is null")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    planner.registered(rows.getLong(2), new HrPlanner.HeldRegistration(id, rows.getString(3), rows.getString(4),
                            day(rows.getDate(5)), day(rows.getDate(6)), conditions.getOrDefault(id, Map.of())));
                }
            }
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Every person not anonymised, with their groups and whether they have an account. */
    private static void people(Connection connection, HrPlanner planner) throws SQLException {
        Map<Long, Map<String, Long>> groups = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select person_id, framework_code, workforce_group_id from person_workforce_group");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                groups.computeIfAbsent(rows.getLong(1), k -> new HashMap<>(4)).put(rows.getString(2), rows.getLong(3));
            }
        }
        Map<Long, Set<Long>> imported = new HashMap<>();
        Map<Long, Set<Long>> others = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select person_id, role_profile_id, assigned_by from person_role_profile");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                (AssignedBy.HR_IMPORT.name().equals(rows.getString(3)) ? imported : others)
                        .computeIfAbsent(rows.getLong(1), k -> new HashSet<>(2)).add(rows.getLong(2));
            }
        }
        for (Long person : union(imported.keySet(), others.keySet())) {
            planner.held(person, imported.getOrDefault(person, Set.of()), others.getOrDefault(person, Set.of()));
        }
        try (PreparedStatement select = connection.prepareStatement("select p.id, p.employee_number, p.work_email, p.given_name,"
                + " p.family_name, p.job_title, p.organisation_id, p.line_manager_id, p.started_on, p.left_on, p.active, a.id"
                + " from person p left join user_account a on a.person_id = p.id where p.anonymised_at is null")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long manager = rows.getLong(8);
                    Long lineManager = rows.wasNull() ? null : manager;
                    Date started = rows.getDate(9);
                    Date left = rows.getDate(10);
                    boolean active = rows.getBoolean(11);
                    rows.getLong(12);
                    boolean account = !rows.wasNull();
                    planner.existing(new HrPlanner.Existing(id, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getLong(7), lineManager,
                            // Taken out as used: the planner keeps its own compact copy.
                            java.util.Objects.requireNonNullElse(groups.remove(id), Map.of()), started == null ? null : started.toLocalDate(),
                            left == null ? null : left.toLocalDate(), active, account));
                }
            }
        }
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Creates, changes and deactivates the people as planned; the id of each item's person into {@code ids}. */
    private void write(Connection connection, Plan plan, Long[] ids, Instant now) throws SQLException {
        List<Planned> items = plan.items();
        Session session = em.unwrap(Session.class);
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement insert = connection.prepareStatement("insert into person (id, version, employee_number, given_name,"
                + " family_name, work_email, job_title, organisation_id, started_on, left_on, active, changed_at)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement change = connection.prepareStatement("update person set employee_number = ?, given_name = ?,"
                     + " family_name = ?, work_email = ?, job_title = ?, organisation_id = ?, started_on = ?, left_on = ?,"
                     + " active = ?, changed_at = ?, version = version + 1 where id = ?");
             PreparedStatement leave = connection.prepareStatement("update person set active = false, changed_at = ?,"
                     + " version = version + 1 where id = ?");
             PreparedStatement disable = connection.prepareStatement("update user_account set active = false,"
                     + " version = version + 1 where person_id = ? and active = true")) {
            Batches batches = new Batches(insert, change, leave, disable);
            for (int i = 0; i < items.size(); i++) {
                Planned item = items.get(i);
                Target target = item.target();
                if (item.outcome() == Outcome.CREATE) {
                    long id = ((Number) session.getNextSequenceNumberValue(Person.class)).longValue();
                    ids[i] = id;
                    insert.setLong(1, id);
                    person(insert, 2, target, at);
                    batches.add(insert);
                } else if ((item.outcome() == Outcome.CHANGE || item.outcome() == Outcome.DEACTIVATE) && target != null) {
                    ids[i] = item.personId();
                    person(change, 1, target, at);
                    change.setLong(11, item.personId());
                    batches.add(change);
                } else if (item.outcome() == Outcome.DEACTIVATE) {
                    ids[i] = item.personId();
                    leave.setTimestamp(1, at);
                    leave.setLong(2, item.personId());
                    batches.add(leave);
                } else {
                    ids[i] = item.personId();
                }
                if (item.outcome() == Outcome.DEACTIVATE) {
                    disable.setLong(1, item.personId());
                    batches.add(disable);
                }
            }
            batches.flush();
        }
        managersAndGroups(connection, items, ids);
        roleProfiles(connection, session, items, ids, LocalDate.ofInstant(now, ZONE));
        qualificationsAndRegistrations(connection, session, items, ids, at);
    }

    /** The qualifications and registrations the rows record or change (recorded by the import: by nobody in person). */
    private static void qualificationsAndRegistrations(Connection connection, Session session, List<Planned> items, Long[] ids, Timestamp at)
            throws SQLException {
        try (PreparedStatement addQualification = connection.prepareStatement("insert into person_qualification (id, version, person_id,"
                + " qualification_code, status, expected_on, achieved_on, recorded_at) values (?, 1, ?, ?, ?, ?, ?, ?)");
             PreparedStatement changeQualification = connection.prepareStatement("update person_qualification set status = ?,"
                     + " expected_on = ?, achieved_on = ?, recorded_at = ?, version = version + 1 where id = ?");
             PreparedStatement addRegistration = connection.prepareStatement("insert into registration (id, version, person_id,"
                     + " register_part_code, registration_number, registered_on, renewal_due_on, recorded_at) values (?, 1, ?, ?, ?, ?, ?, ?)");
             PreparedStatement changeRegistration = connection.prepareStatement("update registration set registration_number = ?,"
                     + " registered_on = ?, renewal_due_on = ?, recorded_at = ?, version = version + 1 where id = ?");
             PreparedStatement addCondition = connection.prepareStatement("insert into registration_condition (id, version,"
                     + " registration_id, qualification_code, due_on) values (?, 1, ?, ?, ?)");
             PreparedStatement changeCondition = connection.prepareStatement("update registration_condition set due_on = ?,"
                     + " version = version + 1 where id = ?")) {
            // Registrations before their conditions.
            Batches batches = new Batches(addQualification, changeQualification, addRegistration, changeRegistration, addCondition,
                    changeCondition);
            for (int i = 0; i < items.size(); i++) {
                Planned item = items.get(i);
                HrPlanner.RecordWrites records = item.records();
                if (records == null || ids[i] == null || item.outcome() == Outcome.ERROR || item.outcome() == Outcome.UNCHANGED) {
                    continue;
                }
                for (HrPlanner.QualificationWrite write : records.qualifications()) {
                    if (write.id() == null) {
                        addQualification.setLong(1, ((Number) session.getNextSequenceNumberValue(PersonQualification.class)).longValue());
                        addQualification.setLong(2, ids[i]);
                        addQualification.setString(3, write.code());
                        addQualification.setString(4, write.status());
                        date(addQualification, 5, write.expectedOn());
                        date(addQualification, 6, write.achievedOn());
                        addQualification.setTimestamp(7, at);
                        batches.add(addQualification);
                    } else {
                        changeQualification.setString(1, write.status());
                        date(changeQualification, 2, write.expectedOn());
                        date(changeQualification, 3, write.achievedOn());
                        changeQualification.setTimestamp(4, at);
                        changeQualification.setLong(5, write.id());
                        batches.add(changeQualification);
                    }
                }
                HrPlanner.RegistrationWrite registration = records.registration();
                if (registration == null) {
                    continue;
                }
                long registrationId;
                if (registration.id() == null) {
                    registrationId = ((Number) session.getNextSequenceNumberValue(Registration.class)).longValue();
                    addRegistration.setLong(1, registrationId);
                    addRegistration.setLong(2, ids[i]);
                    addRegistration.setString(3, registration.part());
                    addRegistration.setString(4, registration.number());
                    date(addRegistration, 5, registration.registeredOn());
                    date(addRegistration, 6, registration.renewalDue());
                    addRegistration.setTimestamp(7, at);
                    batches.add(addRegistration);
                } else {
                    registrationId = registration.id();
                    if (registration.changed()) {
                        changeRegistration.setString(1, registration.number());
                        date(changeRegistration, 2, registration.registeredOn());
                        date(changeRegistration, 3, registration.renewalDue());
                        changeRegistration.setTimestamp(4, at);
                        changeRegistration.setLong(5, registrationId);
                        batches.add(changeRegistration);
                    }
                }
                if (registration.conditionCode() != null && registration.conditionId() == null) {
                    addCondition.setLong(1, ((Number) session.getNextSequenceNumberValue(RegistrationCondition.class)).longValue());
                    addCondition.setLong(2, registrationId);
                    addCondition.setString(3, registration.conditionCode());
                    date(addCondition, 4, registration.conditionDue());
                    batches.add(addCondition);
                } else if (registration.conditionCode() != null) {
                    date(changeCondition, 1, registration.conditionDue());
                    changeCondition.setLong(2, registration.conditionId());
                    batches.add(changeCondition);
                }
            }
            batches.flush();
        }
    }

    /** The role profiles the import gives and takes off (only those it gave: the others stay). */
    private static void roleProfiles(Connection connection, Session session, List<Planned> items, Long[] ids, LocalDate today)
            throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("delete from person_role_profile where person_id = ?"
                + " and role_profile_id = ? and assigned_by = '" + AssignedBy.HR_IMPORT.name() + "'");
             PreparedStatement give = connection.prepareStatement("insert into person_role_profile (id, person_id,"
                     + " role_profile_id, assigned_on, assigned_by) values (?, ?, ?, ?, '" + AssignedBy.HR_IMPORT.name() + "')")) {
            Batches batches = new Batches(take, give);
            for (int i = 0; i < items.size(); i++) {
                Planned item = items.get(i);
                if (ids[i] == null || item.outcome() == Outcome.ERROR || item.outcome() == Outcome.UNCHANGED) {
                    continue;
                }
                for (Long profile : item.profilesTaken()) {
                    take.setLong(1, ids[i]);
                    take.setLong(2, profile);
                    batches.add(take);
                }
                for (Long profile : item.profilesGiven()) {
                    give.setLong(1, ((Number) session.getNextSequenceNumberValue(PersonRoleProfile.class)).longValue());
                    give.setLong(2, ids[i]);
                    give.setLong(3, profile);
                    give.setDate(4, Date.valueOf(today));
                    batches.add(give);
                }
            }
            batches.flush();
        }
    }

    private static void person(PreparedStatement statement, int first, Target target, Timestamp at) throws SQLException {
        statement.setString(first, target.employeeNumber());
        statement.setString(first + 1, target.givenName());
        statement.setString(first + 2, target.familyName());
        statement.setString(first + 3, target.workEmail());
        statement.setString(first + 4, target.jobTitle());
        statement.setLong(first + 5, target.organisationId());
        date(statement, first + 6, target.startedOn());
        date(statement, first + 7, target.leftOn());
        statement.setBoolean(first + 8, target.active());
        statement.setTimestamp(first + 9, at);
    }

    private static void date(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    /** Line managers (once everyone named exists) and workforce groups of the people created and changed. */
    private static void managersAndGroups(Connection connection, List<Planned> items, Long[] ids) throws SQLException {
        try (PreparedStatement manager = connection.prepareStatement("update person set line_manager_id = ? where id = ?");
             PreparedStatement clear = connection.prepareStatement(
                     "delete from person_workforce_group where person_id = ? and framework_code = ?");
             PreparedStatement place = connection.prepareStatement(
                     "insert into person_workforce_group (person_id, framework_code, workforce_group_id) values (?, ?, ?)")) {
            Batches batches = new Batches(manager, clear, place);
            for (int i = 0; i < items.size(); i++) {
                Planned item = items.get(i);
                boolean created = item.outcome() == Outcome.CREATE;
                if (item.target() == null || !(created || item.outcome() == Outcome.CHANGE || item.outcome() == Outcome.DEACTIVATE)) {
                    continue;
                }
                if (created ? item.managerPersonId() != null || item.managerItem() != null : item.changes().contains("lineManager")) {
                    Long managerId = item.managerItem() != null ? ids[item.managerItem()] : item.managerPersonId();
                    if (managerId == null && item.managerItem() != null) {
                        managerId = items.get(item.managerItem()).personId();
                    }
                    if (managerId == null) {
                        manager.setNull(1, Types.BIGINT);
                    } else {
                        manager.setLong(1, managerId);
                    }
                    manager.setLong(2, ids[i]);
                    batches.add(manager);
                }
                if (created || item.changes().contains("workforceGroup")) {
                    for (Map.Entry<String, Long> group : item.target().groups().entrySet()) {
                        if (!created) {
                            clear.setLong(1, ids[i]);
                            clear.setString(2, group.getKey());
                            batches.add(clear);
                        }
                        if (group.getValue() != null) {
                            place.setLong(1, ids[i]);
                            place.setString(2, group.getKey());
                            place.setLong(3, group.getValue());
                            batches.add(place);
                        }
                    }
                }
            }
            batches.flush();
        }
    }

    /** The outcome of every row that does or is refused something (unchanged rows are only counted). */
    private static void lines(Connection connection, long importId, Plan plan, Long[] ids) throws SQLException {
        execute(connection, "delete from hr_import_line where hr_import_id = ?", importId);
        try (PreparedStatement insert = connection.prepareStatement("insert into hr_import_line (hr_import_id, item, line_number,"
                + " employee_number, person_id, outcome, detail) values (?, ?, ?, ?, ?, ?, ?)")) {
            Batches batches = new Batches(insert);
            List<Planned> items = plan.items();
            for (int i = 0; i < items.size(); i++) {
                Planned item = items.get(i);
                if (item.outcome() == Outcome.UNCHANGED) {
                    continue;
                }
                insert.setLong(1, importId);
                insert.setInt(2, i);
                if (item.line() == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setInt(3, item.line());
                }
                insert.setString(4, item.employeeNumber() == null ? null : truncate(item.employeeNumber(), 50));
                Long person = ids[i] != null ? ids[i] : item.personId();
                if (person == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, person);
                }
                insert.setString(6, item.outcome().name());
                insert.setString(7, truncate(item.detail(), 500));
                batches.add(insert);
            }
            batches.flush();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static void update(Connection connection, long importId, String status, String problem, int rows, int[] counts,
                               Instant now, boolean applied) throws SQLException {
        int[] figures = counts == null ? new int[6] : counts;
        try (PreparedStatement update = connection.prepareStatement("update hr_import set status = ?, problem = ?, rows_read = ?,"
                + " created_count = ?, changed_count = ?, deactivated_count = ?, unchanged_count = ?, error_count = ?,"
                + " invited_count = ?, " + (applied ? "applied_at" : "checked_at") + " = ?, version = version + 1 where id = ?")) {
            update.setString(1, status);
            update.setString(2, problem);
            update.setInt(3, rows);
            for (int i = 0; i < 6; i++) {
                update.setInt(4 + i, figures[i]);
            }
            update.setTimestamp(10, Timestamp.from(now));
            update.setLong(11, importId);
            update.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** Statements added to their batches; all sent, in the order given, when one has {@value #BATCH} rows, and at the end. */
    private static final class Batches {
        private final Map<PreparedStatement, Integer> pending = new LinkedHashMap<>();

        /** The statements, in the order their batches are sent. */
        Batches(PreparedStatement... statements) {
            for (PreparedStatement statement : statements) {
                pending.put(statement, 0);
            }
        }

        void add(PreparedStatement statement) throws SQLException {
            statement.addBatch();
            int count = pending.merge(statement, 1, Integer::sum);
            if (count >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Map.Entry<PreparedStatement, Integer> entry : pending.entrySet()) {
                if (entry.getValue() > 0) {
                    entry.getKey().executeBatch();
                    entry.setValue(0);
                }
            }
        }
    }
}
