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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.DatabaseMigration;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.PersonalData.PersonalTable;
import org.learningnetwork.security.Callers;
import org.learningnetwork.security.Roles;

/**
 * Subject access (UK GDPR Art. 15): everything the database holds about a person, as a machine-readable JSON
 * document — every row of every table classified as about people ({@link PersonalData}), every column but the
 * secrets (listed as withheld). A person downloads their own; the data protection officer produces anyone's,
 * including what is left out of a person's own copy. Each export is audited.
 */
@Stateless
@RolesAllowed({Roles.DPO, Roles.ADMIN})
public class SubjectAccess {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** The signed-in person's own data. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public String mine() throws NotFoundException {
        Person me = Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new NotFoundException("Person", "caller"));
        String json = export(me.getId(), false);
        audit.record(AuditAction.EXPORTED, "Person", me.getId(), "subject-access.own");
        return json;
    }

    /** Anyone's data, for the data protection officer; anyone else asking is refused, and the attempt audited. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public String of(long personId) throws NotFoundException, RejectedException {
        if (!context.isCallerInRole(Roles.DPO) && !context.isCallerInRole(Roles.ADMIN)) {
            audit.refused("Person", personId, "subject-access");
            throw new RejectedException(null, "dataProtection.notAllowed");
        }
        if (em.find(Person.class, personId) == null) {
            throw new NotFoundException("Person", personId);
        }
        String json = export(personId, true);
        audit.record(AuditAction.EXPORTED, "Person", personId, "subject-access");
        return json;
    }

    private String export(long personId, boolean forOfficer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out);
             Connection db = dataSource.getConnection()) {
            json.writeStartObject();
            json.write("person", personId);
            json.write("producedAt", clock.instant().toString());
            json.writeStartObject("tables");
            for (PersonalTable table : PersonalData.get().personalTables()) {
                if (table.withheldReason() != null && !forOfficer) {
                    continue;
                }
                json.writeStartArray(table.name());
                writeRows(db, table, personId, json);
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartObject("withheld");
            for (PersonalTable table : PersonalData.get().personalTables()) {
                if (table.withheldReason() != null && !forOfficer) {
                    json.write(table.name(), table.withheldReason());
                } else if (!table.secrets().isEmpty()) {
                    json.write(table.name(), String.join(", ", table.secrets()) + ": " + PersonalData.get().secretsReason());
                }
            }
            json.writeEnd();
            json.writeEnd();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a person's data", e);
        }
        return out.toString();
    }

    private static void writeRows(Connection db, PersonalTable table, long personId, JsonGenerator json) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select * from " + table.name() + " where " + table.condition())) {
            for (int i = 1; i <= table.parameters(); i++) {
                select.setLong(i, personId);
            }
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    json.writeStartObject();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String column = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        if (table.secrets().contains(column)) {
                            json.write(column, "(withheld)");
                        } else {
                            write(json, column, rows.getObject(c));
                        }
                    }
                    json.writeEnd();
                }
            }
        }
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
        } else if (value instanceof Timestamp t) {
            json.write(name, t.toInstant().toString());
        } else if (value instanceof OffsetDateTime t) {
            json.write(name, t.toInstant().toString());
        } else {
            json.write(name, value.toString());
        }
    }
}
