package org.learningnetwork.hrimport;

import java.time.LocalDate;

/**
 * A row's qualifications and registration, as the HR export has them (each value {@code null} where its cell is empty
 * or the file has no such column): a qualification in progress with its expected completion, one achieved with the day,
 * a registration (part of the register, number, when registered, when the renewal is due) and a condition on it (a
 * qualification to obtain by a day). Qualifications and parts are codes or names, resolved by {@link HrPlanner}.
 */
public record HrRecords(String inProgress, LocalDate expectedOn, String achieved, LocalDate achievedOn, String registerPart,
                        String registrationNumber, LocalDate registeredOn, LocalDate renewalDue, String condition, LocalDate conditionDue) {

    /** Whether the row says nothing of them. */
    public boolean empty() {
        return inProgress == null && achieved == null && registerPart == null;
    }
}
