package org.learningnetwork.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Database;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PdfText;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.PersonalData.PersonalTable;
import org.learningnetwork.security.Callers;

/**
 * Subject access (UK GDPR Art. 15): everything the database holds about a person, as a machine-readable JSON
 * document or a readable PDF made from the same rows — every row of every table classified as about people
 * ({@link PersonalData}), every column but the secrets (listed as withheld). A person downloads their own; the data protection officer produces anyone's,
 * including what is left out of a person's own copy. Each export is audited.
 */
@Stateless
@RolesAllowed(Roles.DPO)
public class SubjectAccessService {

    /** What a copy shows in place of a secret. */
    private static final String WITHHELD = "(withheld)";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(Installation.zone());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    private Database database;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** The signed-in person's own data, as JSON. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public String mine() throws NotFoundException {
        return json(mine("subject-access.own"));
    }

    /** The signed-in person's own data, as a readable PDF. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public byte[] minePdf() throws NotFoundException {
        return pdf(mine("subject-access.own.pdf"));
    }

    /** Anyone's data as JSON, for the data protection officer; anyone else asking is refused, and the attempt audited. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public String of(long personId) throws NotFoundException, RejectedException {
        return json(forOfficer(personId, "subject-access"));
    }

    /** Anyone's data as a readable PDF, for the data protection officer, as {@link #of(long)}. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public byte[] ofPdf(long personId) throws NotFoundException, RejectedException {
        return pdf(forOfficer(personId, "subject-access.pdf"));
    }

    private Copy mine(String detail) throws NotFoundException {
        Person me = Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new NotFoundException("Person", "caller"));
        Copy copy = copy(me.getId(), false);
        audit.record(AuditAction.EXPORTED, "Person", me.getId(), detail);
        return copy;
    }

    private Copy forOfficer(long personId, String detail) throws NotFoundException, RejectedException {
        if (!context.isCallerInRole(Roles.DPO)) {
            audit.refused("Person", personId, detail);
            throw new RejectedException(null, "dataProtection.notAllowed");
        }
        if (em.find(Person.class, personId) == null) {
            throw new NotFoundException("Person", personId);
        }
        Copy copy = copy(personId, true);
        audit.record(AuditAction.EXPORTED, "Person", personId, detail);
        return copy;
    }

    /** A person's data: per table about people, its rows (column to value, secrets replaced), and what is withheld. */
    private record Copy(long personId, Instant producedAt, boolean forOfficer, Map<PersonalTable, List<Map<String, Object>>> tables,
                        Map<String, String> withheld) {
    }

    private Copy copy(long personId, boolean forOfficer) {
        Map<PersonalTable, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        Map<String, String> withheld = new LinkedHashMap<>();
        try (Connection db = database.dataSource().getConnection()) {
            for (PersonalTable table : PersonalData.get().personalTables()) {
                if (table.withheldReason() != null && !forOfficer) {
                    withheld.put(table.name(), table.withheldReason());
                    continue;
                }
                tables.put(table, rows(db, table, personId));
                if (!table.secrets().isEmpty()) {
                    withheld.put(table.name(), String.join(", ", table.secrets()) + ": " + PersonalData.get().secretsReason());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a person's data", e);
        }
        return new Copy(personId, clock.instant(), forOfficer, tables, withheld);
    }

    private static List<Map<String, Object>> rows(Connection db, PersonalTable table, long personId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select * from " + table.name() + " where " + table.condition())) {
            for (int i = 1; i <= table.parameters(); i++) {
                select.setLong(i, personId);
            }
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String column = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        row.put(column, table.secrets().contains(column) ? WITHHELD : value(result.getObject(c)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** A column's value as the copies write it: times as instants, dates as dates. */
    private static Object value(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        } else if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (value instanceof String text) {
            // An e-mail still waiting to go holds its one-time link: a copy never carries a working one.
            return org.learningnetwork.platform.Tokens.withoutLinks(text);
        }
        return value;
    }

    private static String json(Copy copy) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.writeStartObject();
            json.write("person", copy.personId());
            json.write("producedAt", copy.producedAt().toString());
            json.writeStartObject("tables");
            copy.tables().forEach((table, rows) -> {
                json.writeStartArray(table.name());
                for (Map<String, Object> row : rows) {
                    json.writeStartObject();
                    row.forEach((column, value) -> write(json, column, value));
                    json.writeEnd();
                }
                json.writeEnd();
            });
            json.writeEnd();
            json.writeStartObject("withheld");
            copy.withheld().forEach(json::write);
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.write(name, d);
        } else {
            json.write(name, value.toString());
        }
    }

    /** The order the readable copy takes: the person's own record and learning first, the log about it last. */
    private static final List<String> FIRST = List.of("person", "person_workforce_group", "user_account", "user_account_role",
            "booking", "booking_event", "learning_record", "own_learning", "evaluation_response", "evaluation_answer");
    private static final List<String> LAST = List.of("mail_outbox", "audit_entry");

    /**
     * The readable copy, for a member of the public as much as for the officer: a title naming whose data it is, what
     * it is and how to read it, a list of contents, then a section per kind of record held (their own record and
     * learning first, the audit log last) with each record's fields in words; the kinds of which nothing is held in
     * one line; then what is withheld and why. Reference numbers, versions and hashes are left to the machine-readable
     * copy; codes are written as words.
     */
    private static byte[] pdf(Copy copy) {
        ResourceBundle text = ResourceBundle.getBundle("org.learningnetwork.retention.subject-access", Locale.UK);
        String name = copy.tables().entrySet().stream().filter(e -> e.getKey().name().equals("person")).flatMap(e -> e.getValue().stream())
                .findFirst().map(row -> (row.get("given_name") + " " + row.get("family_name")).strip()).orElse(null);
        String title = copy.forOfficer()
                ? MessageFormat.format(text.getString("titleForOfficer"), name == null ? String.valueOf(copy.personId()) : name)
                : text.getString("title");
        List<Map.Entry<PersonalTable, List<Map<String, Object>>>> held = new ArrayList<>();
        List<String> nothing = new ArrayList<>();
        copy.tables().entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> order(e.getKey().name()))).forEach(e -> {
            if (e.getValue().isEmpty()) {
                nothing.add(e.getKey().title());
            } else {
                held.add(e);
            }
        });
        try (PdfText pdf = new PdfText(title, text.getString("author"))) {
            pdf.heading(title, 1)
                    .line(MessageFormat.format(text.getString("produced"), readable(copy.producedAt(), text)), 10, 16)
                    .line(text.getString(copy.forOfficer() ? "introForOfficer" : "intro"), 11, 12)
                    .line(text.getString("howToRead"), 11, 18);
            pdf.heading(text.getString("contents"), 2);
            int number = 1;
            for (Map.Entry<PersonalTable, List<Map<String, Object>>> e : held) {
                pdf.line(MessageFormat.format(text.getString("contentsLine"), number++, e.getKey().title(), e.getValue().size()), 11, 14);
            }
            pdf.space(8);
            number = 1;
            for (Map.Entry<PersonalTable, List<Map<String, Object>>> e : held) {
                pdf.heading(number++ + ". " + e.getKey().title(), 2);
                int record = 1;
                for (Map<String, Object> row : e.getValue()) {
                    if (e.getValue().size() > 1) {
                        pdf.heading(MessageFormat.format(text.getString("record"), record++, e.getValue().size()), 3);
                    }
                    row.forEach((column, value) -> {
                        if (!technical(column) || WITHHELD.equals(value)) {
                            pdf.line(label(column, text) + ": " + words(value, text), 11, 14);
                        }
                    });
                    pdf.space(8);
                }
            }
            if (!nothing.isEmpty()) {
                pdf.heading(text.getString("nothingHeading"), 2);
                nothing.forEach(kind -> pdf.line("\u2022 " + kind, 11, 14));
                pdf.space(8);
            }
            if (!copy.withheld().isEmpty()) {
                pdf.heading(text.getString("withheld"), 2);
                copy.withheld().forEach((table, reason) -> pdf.line(tableTitle(table) + ": " + reason, 11, 16));
            }
            return pdf.bytes();
        }
    }

    private static int order(String table) {
        int first = FIRST.indexOf(table);
        int last = LAST.indexOf(table);
        return first >= 0 ? first : last >= 0 ? 1000 + last : 100;
    }

    /** Reference numbers, versions, hashes and tokens: in the machine-readable copy, not the readable one. */
    private static boolean technical(String column) {
        return column.equals("id") || column.equals("version") || column.endsWith("_id") || column.contains("hash")
                || column.contains("token") || column.equals("digest");
    }

    private static String tableTitle(String table) {
        return PersonalData.get().personalTables().stream().filter(t -> t.name().equals(table)).map(PersonalTable::title).findFirst()
                .orElse(table.replace('_', ' '));
    }

    /** A value in words: codes such as DID_NOT_ATTEND as "Did not attend", the application's message keys by their text. */
    private static String words(Object value, ResourceBundle text) {
        if (value instanceof String code) {
            if (code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") && code.length() > 1) {
                String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
                return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
            if (code.matches("[a-z][a-zA-Z_-]*(\\.[a-zA-Z_-]+)+") && text.containsKey("code." + code)) {
                return text.getString("code." + code);
            }
        }
        return readable(value, text);
    }

    private static String readable(Object value, ResourceBundle text) {
        if (value == null) {
            return text.getString("empty");
        } else if (value instanceof Instant t) {
            return WHEN.format(t);
        } else if (value instanceof LocalDate d) {
            return DAY.format(d);
        } else if (value instanceof Boolean b) {
            return text.getString(b ? "yes" : "no");
        } else if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** A column's name in words: as the copy's texts name it ({@code column.}), else {@code applied_at} as "Applied at". */
    private static String label(String column, ResourceBundle text) {
        if (text.containsKey("column." + column)) {
            return text.getString("column." + column);
        }
        String words = column.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
