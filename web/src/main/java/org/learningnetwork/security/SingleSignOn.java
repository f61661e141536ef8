package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.learningnetwork.notification.MailSettings;

/**
 * Single sign-on with the council's OpenID Connect provider (Microsoft Entra ID, Keycloak, ...), configured by system
 * properties {@code learningnetwork.oidc.*}, not by code. Jakarta Security's own OpenID Connect mechanism does the
 * protocol (authorisation code flow, state and nonce, the ID token's signature, issuer, audience and expiry); it
 * reads its settings here, through the expressions below, when it is first used. The application's sign-in
 * mechanism ({@link SignInMechanism}) hands it the requests of {@code /sso/start} and {@code /sso/callback} only, and
 * decides who signed in: the account matched to the token's caller name (by username or work e-mail), with the
 * account's roles, or, when groups are mapped to roles ({@code learningnetwork.oidc.role.<ROLE>=<group>}), the
 * roles of the token's groups.
 */
@Named("singleSignOn")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOn.providerUri}",
        clientId = "${singleSignOn.clientId}",
        clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${singleSignOn.redirectUri}",
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "${singleSignOn.callerNameClaim}",
                callerGroupsClaim = "${singleSignOn.groupsClaim}"),
        redirectToOriginalResource = false,
        tokenAutoRefresh = false)
public class SingleSignOn {

    public static final String PREFIX = "learningnetwork.oidc.";
    public static final String START = "/sso/start";
    public static final String CALLBACK = "/sso/callback";

    @Inject
    private HttpServletRequest request;

    /** Whether the installation signs in with an OpenID Connect provider ({@code learningnetwork.oidc.provider-uri} set). */
    public static boolean configured() {
        return setting("provider-uri", null) != null;
    }

    /** Whether the sign-in page offers it (EL: {@code singleSignOn.offered}). */
    public boolean isOffered() {
        return configured();
    }

    /** What the sign-in page's button says, if the installation names it ({@code learningnetwork.oidc.label}); else the bundle's. */
    public String getLabel() {
        return setting("label", null);
    }

    public String getProviderUri() {
        return setting("provider-uri", "");
    }

    public String getClientId() {
        return setting("client-id", "");
    }

    public String getClientSecret() {
        return setting("client-secret", "");
    }

    /** The claim naming the person: {@code email} unless set ({@code preferred_username} on Entra ID is their UPN). */
    public String getCallerNameClaim() {
        return setting("caller-name-claim", "email");
    }

    public String getGroupsClaim() {
        return setting("groups-claim", "groups");
    }

    /** Where the provider sends the browser back: under {@code learningnetwork.base-url} if set, else this server's address. */
    public String getRedirectUri() {
        String base = System.getProperty("learningnetwork.base-url") == null ? request.getScheme() + "://" + request.getServerName()
                + ":" + request.getServerPort() + request.getContextPath() : MailSettings.baseUrl();
        return base + CALLBACK;
    }

    /** Whether roles come from the token's groups (some {@code learningnetwork.oidc.role.*} set). */
    public static boolean rolesFromGroups() {
        for (Role role : Role.values()) {
            if (setting("role." + role.name(), null) != null) {
                return true;
            }
        }
        return false;
    }

    /** The roles whose group (as the groups claim writes it: an id or a name) is among the token's groups. */
    public static Set<Role> roles(Collection<String> groups) {
        Set<String> held = new LinkedHashSet<>();
        groups.forEach(group -> held.add(group.strip().toLowerCase(Locale.ROOT)));
        Set<Role> roles = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            String group = setting("role." + role.name(), null);
            if (group != null && held.contains(group.toLowerCase(Locale.ROOT))) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(PREFIX + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
