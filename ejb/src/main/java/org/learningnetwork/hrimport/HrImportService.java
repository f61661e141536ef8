package org.learningnetwork.hrimport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/**
 * The HR imports, for administrators: the council's column headers, files uploaded (each is checked first by a dry
 * run, then applied on request, or discarded), and what each did or would do, line by line. The checking and applying
 * are done by the import's job ({@link HrImportWork}); this service moves an import to the status the job acts on.
 * One import is checked or applied at a time.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class HrImportService {

    /** The largest file taken: 64 MiB (a 200,000-row export is about 30 MiB). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** An import without its file. */
    private static final String SUMMARY = "select new org.learningnetwork.hrimport.HrImportService.Summary(i.id, i.fileName, i.source,"
            + " i.uploadedAt, i.status, i.problem, i.rowsRead, i.created, i.changed, i.deactivated, i.unchanged, i.errors,"
            + " i.invited, i.checkedAt, i.appliedAt) from HrImport i";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** An import as listed and shown (without its file). */
    public record Summary(long id, String fileName, HrImport.Source source, Instant uploadedAt, HrImport.Status status,
                          String problem, int rowsRead, int created, int changed, int deactivated, int unchanged,
                          int errors, int invited, Instant checkedAt, Instant appliedAt) {
    }

    /** What an import did or would do with a row, or with a leaver (no line). */
    public record Line(int item, Integer lineNumber, String employeeNumber, Long personId, Outcome outcome, String detail) {

        /** The fields changed, or the reasons refused, each {@code key} or {@code key|argument}. */
        public List<String> details() {
            return detail == null || detail.isEmpty() ? List.of() : List.of(detail.split(";"));
        }
    }

    /** The header of every field in the council's HR export, the mapped ones in place of the defaults. */
    public HrColumns columns() {
        Map<String, String> mapped = new HashMap<>();
        em.createQuery("select c from HrColumn c", HrColumn.class).getResultList().forEach(c -> mapped.put(c.getField(), c.getHeader()));
        return HrColumns.of(mapped, frameworks());
    }

    /** The frameworks, code to name, in order: each has a workforce group column. */
    public Map<String, String> frameworks() {
        Map<String, String> frameworks = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select f.code, f.name from Framework f order by f.displayOrder, f.code", Object[].class)
                .getResultList()) {
            frameworks.put((String) row[0], (String) row[1]);
        }
        return frameworks;
    }

    /**
     * Maps the fields to the headers given (a blank header: the default); refused if a header is longer than 100
     * characters or two fields would have the same header.
     */
    public void saveColumns(@NotNull Map<String, String> headers) throws RejectedException {
        HrColumns defaults = HrColumns.of(Map.of(), frameworks());
        Map<String, String> wanted = new LinkedHashMap<>(defaults.headers());
        List<Problem> problems = new ArrayList<>();
        headers.forEach((field, header) -> {
            if (!wanted.containsKey(field)) {
                problems.add(new Problem(field, "hr.columns.unknown"));
            } else if (Text.clean(header) != null) {
                if (Text.clean(header).length() > 100) {
                    problems.add(new Problem(field, "hr.columns.tooLong"));
                }
                wanted.put(field, Text.clean(header));
            }
        });
        Map<String, String> seen = new HashMap<>();
        wanted.forEach((field, header) -> {
            String other = seen.putIfAbsent(Text.key(header), field);
            if (other != null) {
                problems.add(new Problem(field, "hr.columns.duplicate"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        em.createQuery("delete from HrColumn c").executeUpdate();
        wanted.forEach((field, header) -> {
            if (!header.equals(defaults.headers().get(field))) {
                em.persist(new HrColumn(field, header));
            }
        });
        audit.record(AuditAction.CHANGED, "HrColumn", null, "HR export columns mapped");
    }

    /**
     * Takes an HR export to be checked (the caller then starts the import's job): refused if there is no file
     * ({@code hr.file.none}), it is larger than {@value #MAX_BYTES} bytes ({@code hr.file.tooLarge}), or another
     * import is being checked or applied ({@code hr.import.busy}). Its id.
     */
    public long upload(String fileName, byte[] content, @NotNull HrImport.Source source) throws RejectedException {
        if (content == null || content.length == 0) {
            throw new RejectedException("file", "hr.file.none");
        }
        if (content.length > MAX_BYTES) {
            throw new RejectedException("file", "hr.file.tooLarge");
        }
        requireNoneWorking();
        String name = Text.clean(fileName);
        name = name == null ? "hr-export.csv" : name.length() > 255 ? name.substring(name.length() - 255) : name;
        HrImport hrImport = new HrImport(name, content, source,
                Callers.accountId(em, session.getCallerPrincipal()).orElse(null), clock.instant());
        em.persist(hrImport);
        em.flush();
        audit.record(AuditAction.CREATED, "HrImport", hrImport.getId(), source.name().toLowerCase(java.util.Locale.ROOT) + ", "
                + content.length + " bytes");
        return hrImport.getId();
    }

    /**
     * Takes a file the scheduled pickup found in the HR import folder, unless an import is being worked on; its id.
     * Open to the pickup's timer, which runs without a signed-in caller.
     */
    @PermitAll
    public Optional<Long> takeFromFolder(String fileName, byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES || working()) {
            return Optional.empty();
        }
        HrImport hrImport = new HrImport(Text.clean(fileName) == null ? "hr-export.csv" : Text.clean(fileName), content,
                HrImport.Source.FOLDER, null, clock.instant());
        em.persist(hrImport);
        em.flush();
        audit.record(AuditAction.CREATED, "HrImport", hrImport.getId(), "folder, " + content.length + " bytes");
        return Optional.of(hrImport.getId());
    }

    /** Whether an import is being checked or applied. */
    @PermitAll
    public boolean working() {
        return em.createQuery("select count(i) from HrImport i where i.status in :working", Long.class)
                .setParameter("working", List.of(HrImport.Status.CHECKING, HrImport.Status.APPLYING)).getSingleResult() > 0;
    }

    /**
     * Has the oldest import picked up from the folder that is checked and refuses no row applied (the pickup then
     * starts the job), when the installation says so; its id. Open to the pickup's timer.
     */
    @PermitAll
    public Optional<Long> applyCleanFromFolder() {
        if (working()) {
            return Optional.empty();
        }
        // The oldest such import, then locked and looked at again (a lock with a row limit is not portable SQL).
        Optional<HrImport> clean = em.createQuery("select i.id from HrImport i where i.source = :folder and i.status = :checked"
                        + " and i.errors = 0 order by i.id", Long.class)
                .setParameter("folder", HrImport.Source.FOLDER).setParameter("checked", HrImport.Status.CHECKED)
                .setMaxResults(1).getResultStream().findFirst()
                .map(id -> em.find(HrImport.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(hrImport -> hrImport.getStatus() == HrImport.Status.CHECKED);
        clean.ifPresent(hrImport -> {
            hrImport.status(HrImport.Status.APPLYING);
            audit.record(AuditAction.CHANGED, "HrImport", hrImport.getId(), "apply (picked up, no row refused)");
        });
        return clean.map(HrImport::getId);
    }

    /** The imports, newest first. */
    public Page<Summary> list(@NotNull PageRequest page) {
        List<Summary> rows = em.createQuery(SUMMARY + " order by i.id desc", Summary.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, em.createQuery("select count(i) from HrImport i", Long.class).getSingleResult());
    }

    /** One import; not found if there is none. */
    public Summary find(long id) throws NotFoundException {
        return em.createQuery(SUMMARY + " where i.id = :id", Summary.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new NotFoundException("HrImport", id));
    }

    /** The import's lines with the outcome given (all but the unchanged if none), in file order then the leavers. */
    public Page<Line> lines(long id, Outcome outcome, @NotNull PageRequest page) throws NotFoundException {
        find(id);
        String where = " from hr_import_line where hr_import_id = ?1" + (outcome == null ? "" : " and outcome = ?2");
        var rows = em.createNativeQuery("select item, line_number, employee_number, person_id, outcome, detail" + where
                + " order by item").setParameter(1, id);
        var count = em.createNativeQuery("select count(*)" + where).setParameter(1, id);
        if (outcome != null) {
            rows.setParameter(2, outcome.name());
            count.setParameter(2, outcome.name());
        }
        List<Line> lines = new ArrayList<>();
        for (Object row : rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()) {
            lines.add(line((Object[]) row));
        }
        return new Page<>(lines, ((Number) count.getSingleResult()).longValue());
    }

    /** Every line of the import with the outcome given (all but the unchanged if none), for its report. */
    public List<Line> report(long id, Outcome outcome) throws NotFoundException {
        find(id);
        audit.record(AuditAction.EXPORTED, "HrImport", id, outcome == null ? "lines" : outcome.name().toLowerCase(java.util.Locale.ROOT));
        List<Line> lines = new ArrayList<>();
        var rows = em.createNativeQuery("select item, line_number, employee_number, person_id, outcome, detail from hr_import_line"
                + " where hr_import_id = ?1" + (outcome == null ? "" : " and outcome = ?2") + " order by item")
                .setParameter(1, id);
        if (outcome != null) {
            rows.setParameter(2, outcome.name());
        }
        for (Object row : rows.getResultList()) {
            lines.add(line((Object[]) row));
        }
        return lines;
    }

    private static Line line(Object[] row) {
        return new Line(((Number) row[0]).intValue(), row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue(), Outcome.valueOf((String) row[4]), (String) row[5]);
    }

    /** Has the checked import applied (the caller then starts the job): refused unless it is checked and no other is working. */
    public void apply(long id) throws RejectedException, NotFoundException {
        HrImport hrImport = locked(id);
        if (hrImport.getStatus() != HrImport.Status.CHECKED) {
            throw new RejectedException(null, "hr.apply.notChecked");
        }
        requireNoneWorking();
        hrImport.status(HrImport.Status.APPLYING);
        audit.record(AuditAction.CHANGED, "HrImport", id, "apply");
    }

    /** Has the import checked again (after the columns or the organisations were put right); not once applied or discarded. */
    public void recheck(long id) throws RejectedException, NotFoundException {
        HrImport hrImport = locked(id);
        if (hrImport.getStatus() != HrImport.Status.CHECKED && hrImport.getStatus() != HrImport.Status.REFUSED) {
            throw new RejectedException(null, "hr.recheck.notChecked");
        }
        requireNoneWorking();
        hrImport.status(HrImport.Status.CHECKING);
        audit.record(AuditAction.CHANGED, "HrImport", id, "check again");
    }

    /** Sets a checked or refused import aside without applying it. */
    public void discard(long id) throws RejectedException, NotFoundException {
        HrImport hrImport = locked(id);
        if (hrImport.getStatus() != HrImport.Status.CHECKED && hrImport.getStatus() != HrImport.Status.REFUSED) {
            throw new RejectedException(null, "hr.discard.notChecked");
        }
        hrImport.status(HrImport.Status.DISCARDED);
        audit.record(AuditAction.CHANGED, "HrImport", id, "discarded");
    }

    private HrImport locked(long id) throws NotFoundException {
        HrImport hrImport = em.find(HrImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (hrImport == null) {
            throw new NotFoundException("HrImport", id);
        }
        return hrImport;
    }

    private void requireNoneWorking() throws RejectedException {
        if (working()) {
            throw new RejectedException("file", "hr.import.busy");
        }
    }
}
