package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The application's own identity store: checks a username and password with {@link AccountService} and
 * gives the account's roles as groups (GlassFish maps each group to the role of the same name).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    /**
     * Checks the credential; the browser's trusted-device token comes from, and a new one goes back to, the request
     * ({@link TrustedDevices}), which the identity store API has no place for.
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPassword().getValue(), TrustedDevices.presented(request));
        if (!result.isSignedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        TrustedDevices.issued(request, result.deviceToken());
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
