package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learningnetwork.access.Role;

/**
 * The application's own identity store: checks a username and password with the council's directory when one is
 * configured ({@link Directory}; then the account found for the person, or their directory groups, give the roles),
 * else, or when the directory does not sign them in, with {@link AccountService}'s own passwords (an administrator's
 * account kept for when the directory is away); gives the account's roles as groups (GlassFish maps each group to
 * the role of the same name).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Set on the request when the directory signed someone in whom Learning Network has no account or role for. */
    public static final String UNKNOWN = "learningnetwork.signin.unknown";

    @Inject
    private SignInService signIns;

    @Inject
    private HttpServletRequest request;

    /**
     * Checks the credential; the browser's trusted-device token comes from, and a new one goes back to, the request
     * ({@link TrustedDevices}), which the identity store API has no place for.
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Directory> directory = Directory.configured();
        if (directory.isPresent()) {
            Optional<Directory.User> user = directory.get().signIn(credential.getCaller(), credential.getPassword().getValue());
            if (user.isPresent()) {
                SignInResult result = signIns.signInFromDirectory(credential.getCaller(), user.get().email(), user.get().roles(),
                        directory.get().rolesFromGroups());
                if (result.outcome() == SignInResult.Outcome.UNKNOWN) {
                    request.setAttribute(UNKNOWN, Boolean.TRUE);
                }
                return result.isSignedIn() ? new CredentialValidationResult(result.username(),
                        result.roles().stream().map(Role::name).collect(Collectors.toSet())) : CredentialValidationResult.INVALID_RESULT;
            }
        }
        SignInResult result = signIns.signIn(credential.getCaller(), credential.getPassword().getValue(), TrustedDevices.presented(request));
        if (!result.isSignedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        TrustedDevices.issued(request, result.deviceToken());
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
