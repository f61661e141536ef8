package org.learningnetwork.organisation;

/** The kind of agency an organisation is; used for the balance of agencies on courses and in reports. */
public enum AgencyType {
    COUNCIL_SERVICE,
    NHS_BOARD,
    POLICE,
    THIRD_SECTOR,
    PRIVATE_PROVIDER,
    EDUCATION_PROVIDER,
    HOUSING
}
