package org.learningnetwork.hrimport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of an HR export as read: text cleaned, the work e-mail in lower case, dates and the account read. The
 * workforce groups hold a value (or {@code null}: none) for each framework the file has a column for; frameworks
 * without a column are left as they are. The role profiles are the codes or names in the file's column, or {@code null}
 * when the file has none (the people's role profiles are then left as they are). The qualifications and registration
 * are {@code null} when the file has none of their columns.
 */
public record HrRow(int line, String employeeNumber, String givenName, String familyName, String workEmail,
                    String jobTitle, String organisation, String lineManager, LocalDate startDate, LocalDate leavingDate,
                    boolean account, Map<String, String> groups,
                    List<String> roleProfiles, HrRecords records) {

    /** A row without qualifications or registration (a file without their columns). */
    public HrRow(int line, String employeeNumber, String givenName, String familyName, String workEmail, String jobTitle,
                 String organisation, String lineManager, LocalDate startDate, LocalDate leavingDate, boolean account,
                 Map<String, String> groups, List<String> roleProfiles) {
        this(line, employeeNumber, givenName, familyName, workEmail, jobTitle, organisation, lineManager, startDate, leavingDate,
                account, groups, roleProfiles, null);
    }
}
