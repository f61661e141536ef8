package org.learningnetwork.access;

/** The role names as compile-time constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
public final class Roles {

    public static final String LEARNER = "LEARNER";
    public static final String MANAGER = "MANAGER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String DPO = "DPO";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
