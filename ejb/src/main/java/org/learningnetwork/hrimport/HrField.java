package org.learningnetwork.hrimport;

/**
 * A field of a council's HR export that the import reads, with the column header it has unless the council maps it
 * to another ({@link HrColumns}). A person's workforce group in each framework is a field too, named by
 * {@link HrColumns#groupField(String)}. Role profiles are codes (or names) separated by semicolons or commas.
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
    ROLE_PROFILES("Role profiles", false);

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
