package org.learningnetwork.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RequestGuard;

/** Turns every failure of an API call into a JSON {@link ApiError}: never a stack trace, never an HTML page. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = failure instanceof EJBException ejb && ejb.getCausedByException() != null ? ejb.getCausedByException() : failure;
        BadParameterException bad = find(failure, BadParameterException.class);
        if (bad != null) {
            return answer(new ApiError(400, "bad_parameter", bad.getParameter(), bad.getMessage()));
        }
        StrictJson.BadBodyException badBody = find(failure, StrictJson.BadBodyException.class);
        if (badBody != null) {
            return answer(new ApiError(400, "bad_body", null, badBody.getMessage()));
        }
        if (causedBy(failure, RequestGuard.TooLarge.class)) {
            return answer(new ApiError(413, "too_large", null, "The request body is too large."));
        }
        if (unreadableBody(failure)) {
            return answer(new ApiError(400, "bad_body", null, "The request body is not the JSON this call expects."));
        }
        if (refusedByRoles(failure)) {
            return request.getUserPrincipal() == null
                    ? answer(new ApiError(401, "unauthorized", null, "Sign in first."))
                    : answer(new ApiError(403, "forbidden", null, "Your account's roles do not allow this."));
        }
        if (cause instanceof RejectedException rejected) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(Refusal.of(rejected)).build();
        }
        if (cause instanceof NotFoundException) {
            return answer(new ApiError(404, "not_found", null, "There is no such record."));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(new ApiError(status, status == 404 ? "not_found" : "request_error", null,
                    Response.Status.fromStatusCode(status) == null ? "The request failed." : Response.Status.fromStatusCode(status).getReasonPhrase()));
        }
        LOG.log(Level.SEVERE, "Unexpected failure in an API call", failure);
        return answer(new ApiError(500, "server_error", null, "Something went wrong on the server. Nothing was changed."));
    }

    /** Whether an EJB refused the call for the caller's roles (GlassFish reports it in either form). */
    private static boolean refusedByRoles(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        return find(failure, kind) != null;
    }

    /** The failure itself or its first cause of the kind, or {@code null}. */
    private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    /** Whether the body could not be read as the JSON expected (malformed, or of the wrong shape). */
    private static boolean unreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                    || t instanceof jakarta.ws.rs.ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
