package org.learningnetwork.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.platform.NotFoundException;

/** Turns every failure of an API call into a JSON {@link ApiError}: never a stack trace, never an HTML page. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = failure instanceof EJBException ejb && ejb.getCausedByException() != null ? ejb.getCausedByException() : failure;
        if (cause instanceof BadParameterException bad) {
            return answer(new ApiError(400, "bad_parameter", bad.getParameter(), bad.getMessage()));
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

    private static Response answer(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
