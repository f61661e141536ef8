package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningnetwork.access.Role;

class SingleSignOnTest {

    @AfterEach
    void clear() {
        System.clearProperty("learningnetwork.oidc.provider-uri");
        System.clearProperty("learningnetwork.oidc.role.ADMIN");
        System.clearProperty("learningnetwork.oidc.role.LEARNER");
    }

    @Test
    void offeredOnlyWhenAProviderIsSetAndRolesFromGroupsOnlyWhenOneIsMapped() {
        assertFalse(SingleSignOn.configured());
        assertFalse(SingleSignOn.rolesFromGroups());
        System.setProperty("learningnetwork.oidc.provider-uri", "https://login.example/tenant/v2.0");
        assertTrue(SingleSignOn.configured());
        assertFalse(SingleSignOn.rolesFromGroups());
        System.setProperty("learningnetwork.oidc.role.ADMIN", "1b7c-admins");
        assertTrue(SingleSignOn.rolesFromGroups());
    }

    @Test
    void theTokensGroupsGiveTheRolesMappedToThemWhateverTheirCase() {
        System.setProperty("learningnetwork.oidc.role.ADMIN", "1B7C-Admins");
        System.setProperty("learningnetwork.oidc.role.LEARNER", "staff");
        assertEquals(Set.of(Role.ADMIN, Role.LEARNER), SingleSignOn.roles(List.of("1b7c-admins", " Staff ", "other")));
        assertEquals(Set.of(), SingleSignOn.roles(List.of("other")));
    }
}
