package org.learningnetwork.hrimport;

/**
 * A field of a council's HR export that the import reads, with the column header it has unless the council maps it
 * to another ({@link HrColumns}). A person's workforce group in each framework is a field too, named by
 * {@link HrColumns#groupField(String)}. Role profiles are codes (or names) separated by semicolons or commas. A
 * qualification (one in progress, one achieved, one a registration condition asks for) and a part of the register are
 * a code or name, each with its date.
 */
public enum HrField {
    EMPLOYEE_NUMBER("Employee number", true),
    GIVEN_NAME("Given name", true),
    FAMILY_NAME("Family name", true),
    WORK_EMAIL("Work e-mail", true),
    JOB_TITLE("Job title", false),
    ORGANISATION("Organisation", true),
    LINE_MANAGER("Line manager", false),
    START_DATE("Start date", false),
    LEAVING_DATE("Leaving date", false),
    ACCOUNT("Account", false),
    ROLE_PROFILES("Role profiles", false),
    QUALIFICATION_IN_PROGRESS("Qualification in progress", false),
    EXPECTED_COMPLETION("Expected completion", false),
    QUALIFICATION_ACHIEVED("Qualification achieved", false),
    ACHIEVED_ON("Achieved on", false),
    REGISTER_PART("Register part", false),
    REGISTRATION_NUMBER("Registration number", false),
    REGISTERED_ON("Registered on", false),
    RENEWAL_DUE("Renewal due", false),
    CONDITION_QUALIFICATION("Registration condition", false),
    CONDITION_DUE("Condition due", false);

    /** The fields of a person's qualifications and registration: read only when the file has one of their columns. */
    static final java.util.Set<HrField> RECORDS = java.util.EnumSet.range(QUALIFICATION_IN_PROGRESS, CONDITION_DUE);

    private final String defaultHeader;
    private final boolean required;

    HrField(String defaultHeader, boolean required) {
        this.defaultHeader = defaultHeader;
        this.required = required;
    }

    public String defaultHeader() {
        return defaultHeader;
    }

    /** A file without this field's column is refused whole. */
    public boolean required() {
        return required;
    }
}
