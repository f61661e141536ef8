package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.access.Role;
import org.learningnetwork.api.CatalogueJson.PageOf;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.AccountService;
import org.learningnetwork.security.UserAccount;

/**
 * {@code /api/accounts}: accounts, for an intranet's own administration tools (administrators only, as on the
 * screens). {@code GET} lists them ({@code q}, {@code role}, {@code includeDisabled}, {@code page}, {@code size});
 * {@code POST} gives a person an account and e-mails the invitation; {@code PUT /{id}/roles} sets roles, committees
 * and (when given) the partnerships a coordinator works for; {@code POST /{id}/disable}, {@code /enable},
 * {@code /unlock}, {@code /sign-out} (every session of the account ends) and {@code /invitation} (sent again) take an
 * empty JSON object. Problems answer 409 with each on its field, as everywhere in the API.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AccountResource {

    /** An account as the API shows it; {@code status} is ACTIVE, INVITED (no password yet), LOCKED or DISABLED. */
    public record AccountJson(long id, String username, Long personId, String name, String workEmail, List<String> roles,
                              List<String> committees, List<Long> partnerships, String status, Instant lastSignInAt,
                              Instant lockedUntil, Instant sessionsEndedAt) {
        static AccountJson of(UserAccount account) {
            Instant now = Instant.now();
            String status = !account.isActive() ? "DISABLED" : !account.hasPassword() ? "INVITED" : account.isLockedAt(now) ? "LOCKED" : "ACTIVE";
            var person = account.getPerson();
            return new AccountJson(account.getId(), account.getUsername(), person == null ? null : person.getId(),
                    person == null ? null : person.getGivenName() + " " + person.getFamilyName(), person == null ? null : person.getWorkEmail(),
                    account.getRoles().stream().map(Role::name).sorted().toList(), account.getCommittees().stream().sorted().toList(),
                    account.getPartnerships().stream().sorted().toList(), status,
                    account.getLastSignInAt(), account.isLockedAt(now) ? account.getLockedUntil() : null, account.getSessionsEndedAt());
        }
    }

    /**
     * A new account: the person, the username (their work e-mail if absent), roles, committees for a committee viewer,
     * and the partnerships a coordinator works for (by id; none or absent: every one).
     */
    public record NewAccount(Long personId, String username, List<String> roles, List<String> committees, List<Long> partnerships) {
    }

    /**
     * The roles an account holds, the committees it may read as a committee viewer, and the partnerships a coordinator
     * works for (absent: as they were).
     */
    public record RolesJson(List<String> roles, List<String> committees, List<Long> partnerships) {
    }

    @Inject
    private AccountService accounts;

    @GET
    public PageOf<AccountJson> search(@QueryParam("q") String q, @QueryParam("role") String role,
                                      @QueryParam("includeDisabled") String includeDisabled,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = QueryParameters.page(page, size);
        return PageOf.of(accounts.search(q, QueryParameters.choice("role", role, Role.class), QueryParameters.flag("includeDisabled",
                includeDisabled), request), request, AccountJson::of);
    }

    @GET
    @Path("{id}")
    public AccountJson account(@PathParam("id") String id) throws NotFoundException {
        return AccountJson.of(accounts.find(QueryParameters.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(NewAccount body) throws RejectedException, NotFoundException {
        if (body == null || body.personId() == null) {
            throw new BadParameterException("personId", "personId is required.");
        }
        UserAccount account = accounts.invite(body.personId(), body.username(), roles(body.roles()), committees(body.committees()),
                body.partnerships() == null ? Set.of() : new HashSet<>(body.partnerships()));
        return Response.status(Response.Status.CREATED).entity(AccountJson.of(account)).build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson changeRoles(@PathParam("id") String id, RolesJson body) throws RejectedException, NotFoundException {
        if (body == null) {
            throw new BadParameterException("roles", "roles is required.");
        }
        long accountId = QueryParameters.id("id", id);
        if (body.partnerships() == null) {
            accounts.changeRoles(accountId, roles(body.roles()), committees(body.committees()));
        } else {
            accounts.changeRoles(accountId, roles(body.roles()), committees(body.committees()), new HashSet<>(body.partnerships()));
        }
        return AccountJson.of(accounts.find(accountId));
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson disable(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return changed(id, accountId -> accounts.deactivate(accountId));
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson enable(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return changed(id, accountId -> accounts.reactivate(accountId));
    }

    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson unlock(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return changed(id, accountId -> accounts.unlock(accountId));
    }

    @POST
    @Path("{id}/sign-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson endSessions(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return changed(id, accountId -> accounts.endSessions(accountId));
    }

    @POST
    @Path("{id}/invitation")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson resendInvitation(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return changed(id, accountId -> accounts.resendInvitation(accountId));
    }

    /** A change to one account. */
    @FunctionalInterface
    private interface Change {
        void make(long accountId) throws RejectedException, NotFoundException;
    }

    /** Makes the change to the account of the path's id, and answers the account as it is after it. */
    private AccountJson changed(String id, Change change) throws RejectedException, NotFoundException {
        long accountId = QueryParameters.id("id", id);
        change.make(accountId);
        return AccountJson.of(accounts.find(accountId));
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            throw new BadParameterException("roles", "roles is required: a list of " + List.of(Role.values()) + ".");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(QueryParameters.choice("roles", name, Role.class));
        }
        return roles;
    }

    private static Set<String> committees(List<String> codes) {
        return codes == null ? Set.of() : new HashSet<>(codes);
    }
}
