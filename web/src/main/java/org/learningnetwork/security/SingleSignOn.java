package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningnetwork.access.Role;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

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

    static final Setting<String> PROVIDER_URI = Setting.address(PREFIX + "provider-uri", null);
    static final Setting<String> CLIENT_ID = Setting.text(PREFIX + "client-id", "");
    static final Setting<String> CLIENT_SECRET = Setting.secret(PREFIX + "client-secret");
    /** The claim naming the person: {@code email} unless set ({@code preferred_username} on Entra ID is their UPN). */
    static final Setting<String> CALLER_NAME_CLAIM = Setting.text(PREFIX + "caller-name-claim", "email");
    static final Setting<String> GROUPS_CLAIM = Setting.text(PREFIX + "groups-claim", "groups");
    static final Setting<String> LABEL = Setting.text(PREFIX + "label", null);
    static final Map<Role, Setting<String>> ROLE_GROUPS = Directory.roleGroups(PREFIX);

    @Inject
    private HttpServletRequest request;

    /** Whether the installation signs in with an OpenID Connect provider ({@code learningnetwork.oidc.provider-uri} set). */
    public static boolean configured() {
        return PROVIDER_URI.isSet();
    }

    /** Whether the sign-in page offers it (EL: {@code singleSignOn.offered}). */
    public boolean isOffered() {
        return configured();
    }

    /** What the sign-in page's button says, if the installation names it ({@code learningnetwork.oidc.label}); else the bundle's. */
    public String getLabel() {
        return LABEL.get();
    }

    public String getProviderUri() {
        return Objects.requireNonNullElse(PROVIDER_URI.get(), "");
    }

    public String getClientId() {
        return CLIENT_ID.get();
    }

    public String getClientSecret() {
        return Objects.requireNonNullElse(CLIENT_SECRET.get(), "");
    }

    /** The claim naming the person: {@code email} unless set ({@code preferred_username} on Entra ID is their UPN). */
    public String getCallerNameClaim() {
        return CALLER_NAME_CLAIM.get();
    }

    public String getGroupsClaim() {
        return GROUPS_CLAIM.get();
    }

    /** Where the provider sends the browser back: under {@code learningnetwork.base-url} if set, else this server's address. */
    public String getRedirectUri() {
        String base = !Installation.BASE_URL.isSet() ? request.getScheme() + "://" + request.getServerName()
                + ":" + request.getServerPort() + request.getContextPath() : Installation.baseUrl();
        return base + CALLBACK;
    }

    /** Whether roles come from the token's groups (some {@code learningnetwork.oidc.role.*} set). */
    public static boolean rolesFromGroups() {
        return ROLE_GROUPS.values().stream().anyMatch(Setting::isSet);
    }

    /** The roles whose group (as the groups claim writes it: an id or a name) is among the token's groups. */
    public static Set<Role> roles(Collection<String> groups) {
        Set<String> held = new LinkedHashSet<>();
        groups.forEach(group -> held.add(group.strip().toLowerCase(Locale.ROOT)));
        Set<Role> roles = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            String group = ROLE_GROUPS.get(role).get();
            if (group != null && held.contains(group.toLowerCase(Locale.ROOT))) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The OpenID Connect settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
