package org.learningnetwork.hrimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.learningnetwork.platform.Text;

/**
 * Reads the rows of an HR export ({@link HrFile} for its encoding and separator; Apache Commons CSV for the
 * format, quotes and line breaks in fields), checking each field: a row either reads ({@link Read#row()}) or has
 * the problems found ({@link Read#errors()}, message keys with their argument as {@code key|argument}). Blank lines
 * are skipped. Line numbers are those of the file, the header being line 1.
 */
public final class HrRowReader implements AutoCloseable {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern PROFILE_SEPARATOR = Pattern.compile("[;,]");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private final CSVParser parser;
    private final HrColumns.Located located;
    private final Iterator<CSVRecord> records;

    /** Opens the file; refused whole if its header line cannot be read or lacks a required column. */
    public HrRowReader(byte[] content, HrColumns columns) throws HrFileException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(HrFile.delimiter(content)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true).get();
        try {
            parser = CSVParser.builder().setReader(HrFile.reader(content)).setFormat(format).get();
        } catch (IllegalArgumentException e) {
            throw new HrFileException("hr.file.headers", null);
        } catch (IOException | UncheckedIOException e) {
            throw new HrFileException("hr.file.unreadable", null);
        }
        if (parser.getHeaderNames().isEmpty()) {
            throw new HrFileException("hr.file.empty", null);
        }
        located = columns.locate(parser.getHeaderNames());
        if (!located.missing().isEmpty()) {
            throw new HrFileException("hr.file.missing", String.join(", ", located.missing()));
        }
        records = parser.iterator();
    }

    /** The frameworks whose workforce group the file has a column for. */
    public Set<String> frameworks() {
        Set<String> frameworks = new java.util.HashSet<>();
        located.columns().keySet().forEach(field -> {
            String framework = HrColumns.frameworkOf(field);
            if (framework != null) {
                frameworks.add(framework);
            }
        });
        return frameworks;
    }

    /** The next row, or {@code null} at the end of the file; refused whole if the file stops being CSV. */
    public Read next() throws HrFileException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new HrFileException("hr.file.malformed", Long.toString(parser.getCurrentLineNumber()));
        }
        return read(record);
    }

    private Read read(CSVRecord record) {
        int line = (int) record.getParser().getCurrentLineNumber();
        List<String> errors = new ArrayList<>();
        String number = field(record, HrField.EMPLOYEE_NUMBER);
        String given = field(record, HrField.GIVEN_NAME);
        String family = field(record, HrField.FAMILY_NAME);
        String email = field(record, HrField.WORK_EMAIL);
        String jobTitle = field(record, HrField.JOB_TITLE);
        String organisation = field(record, HrField.ORGANISATION);
        String manager = field(record, HrField.LINE_MANAGER);
        if (!record.isConsistent()) {
            errors.add("hr.row.columns|" + record.size());
        }
        required(number, 50, "employeeNumber", errors);
        required(given, 100, "givenName", errors);
        required(family, 100, "familyName", errors);
        required(organisation, 200, "organisation", errors);
        if (jobTitle != null && jobTitle.length() > 150) {
            errors.add("hr.row.tooLong|jobTitle");
        }
        if (email == null) {
            errors.add("hr.row.required|workEmail");
        } else {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add("hr.row.email|" + email);
            }
        }
        LocalDate start = date(field(record, HrField.START_DATE), "startDate", errors);
        LocalDate leaving = date(field(record, HrField.LEAVING_DATE), "leavingDate", errors);
        if (start != null && leaving != null && leaving.isBefore(start)) {
            errors.add("hr.row.leavingBeforeStart");
        }
        boolean account = false;
        String accountValue = field(record, HrField.ACCOUNT);
        if (accountValue != null) {
            String key = accountValue.toLowerCase(Locale.ROOT);
            if (YES.contains(key)) {
                account = true;
            } else if (!NO.contains(key)) {
                errors.add("hr.row.account|" + accountValue);
            }
        }
        Map<String, String> groups = new HashMap<>();
        located.columns().forEach((field, column) -> {
            String framework = HrColumns.frameworkOf(field);
            if (framework != null) {
                groups.put(framework, value(record, column));
            }
        });
        List<String> profiles = null;
        if (located.column(HrField.ROLE_PROFILES) != null) {
            profiles = profiles(field(record, HrField.ROLE_PROFILES), errors);
        }
        HrRecords records = hasRecords() ? records(record, errors) : null;
        HrRow row = errors.isEmpty() ? new HrRow(line, number, given, family, email, jobTitle, organisation, manager,
                start, leaving, account, groups, profiles, records) : null;
        return new Read(line, number, row, errors);
    }

    /** Whether the file has a column of a person's qualifications or registration. */
    public boolean hasRecords() {
        return HrField.RECORDS.stream().anyMatch(field -> located.column(field) != null);
    }

    /**
     * The row's qualifications and registration: each qualification or part with its dates (a date without its
     * qualification or part, or the other way round, is a problem), a condition only on a registration of the row.
     */
    private HrRecords records(CSVRecord record, List<String> errors) {
        String inProgress = named(record, HrField.QUALIFICATION_IN_PROGRESS, "qualificationInProgress", errors);
        LocalDate expected = date(field(record, HrField.EXPECTED_COMPLETION), "expectedCompletion", errors);
        String achieved = named(record, HrField.QUALIFICATION_ACHIEVED, "qualificationAchieved", errors);
        LocalDate achievedOn = date(field(record, HrField.ACHIEVED_ON), "achievedOn", errors);
        String part = named(record, HrField.REGISTER_PART, "registerPart", errors);
        String number = field(record, HrField.REGISTRATION_NUMBER);
        LocalDate registered = date(field(record, HrField.REGISTERED_ON), "registeredOn", errors);
        LocalDate renewal = date(field(record, HrField.RENEWAL_DUE), "renewalDue", errors);
        String condition = named(record, HrField.CONDITION_QUALIFICATION, "registrationCondition", errors);
        LocalDate conditionDue = date(field(record, HrField.CONDITION_DUE), "conditionDue", errors);
        paired(inProgress, expected, "qualificationInProgress", "expectedCompletion", errors);
        paired(achieved, achievedOn, "qualificationAchieved", "achievedOn", errors);
        paired(condition, conditionDue, "registrationCondition", "conditionDue", errors);
        if (part == null) {
            for (Object value : java.util.Arrays.asList(number, registered, renewal, condition)) {
                if (value != null) {
                    errors.add("hr.row.required|registerPart");
                    break;
                }
            }
        } else {
            if (registered == null && field(record, HrField.REGISTERED_ON) == null) {
                errors.add("hr.row.required|registeredOn");
            }
            if (renewal == null && field(record, HrField.RENEWAL_DUE) == null) {
                errors.add("hr.row.required|renewalDue");
            }
            if (registered != null && renewal != null && !renewal.isAfter(registered)) {
                errors.add("hr.row.renewalNotAfterRegistered");
            }
        }
        if (number != null && number.length() > 30) {
            errors.add("hr.row.tooLong|registrationNumber");
        }
        return new HrRecords(inProgress, expected, achieved, achievedOn, part, number, registered, renewal, condition, conditionDue);
    }

    /** A qualification or part named in its column, at most 200 characters. */
    private String named(CSVRecord record, HrField field, String name, List<String> errors) {
        String value = field(record, field);
        if (value != null && value.length() > 200) {
            errors.add("hr.row.tooLong|" + name);
            return null;
        }
        return value;
    }

    /** A thing and its date come together: either without the other is a problem (a date not read is said already). */
    private static void paired(String thing, LocalDate date, String thingName, String dateName, List<String> errors) {
        if (thing != null && date == null && errors.stream().noneMatch(e -> e.equals("hr.row.date|" + dateName))) {
            errors.add("hr.row.required|" + dateName);
        } else if (thing == null && date != null) {
            errors.add("hr.row.required|" + thingName);
        }
    }

    private String field(CSVRecord record, HrField field) {
        Integer column = located.column(field);
        return column == null ? null : value(record, column);
    }

    private static String value(CSVRecord record, int column) {
        return column < record.size() ? Text.clean(record.get(column)) : null;
    }

    /** The role profiles named, separated by semicolons or commas (none for an empty cell), each named once. */
    private static List<String> profiles(String value, List<String> errors) {
        if (value == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : PROFILE_SEPARATOR.split(value)) {
            String code = Text.clean(part);
            if (code == null) {
                continue;
            }
            if (code.length() > 200) {
                errors.add("hr.row.tooLong|roleProfiles");
                return List.of();
            }
            if (codes.stream().noneMatch(code::equalsIgnoreCase)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private static void required(String value, int max, String field, List<String> errors) {
        if (value == null) {
            errors.add("hr.row.required|" + field);
        } else if (value.length() > max) {
            errors.add("hr.row.tooLong|" + field);
        }
    }

    private static LocalDate date(String value, String field, List<String> errors) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        errors.add("hr.row.date|" + field);
        return null;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // a byte array: nothing to release
        }
    }

    /** A row read: its line, employee number (if any), and either the row or its problems. */
    public record Read(int line, String employeeNumber, HrRow row, List<String> errors) {
    }
}
