package org.learningnetwork.api;

/**
 * The body of every error answer of the API.
 *
 * @param status    the HTTP status
 * @param error     a short code: {@code bad_parameter}, {@code not_found}, {@code server_error}, ...
 * @param parameter the query parameter at fault, when there is one
 * @param message   what went wrong, for a person
 */
public record ApiError(int status, String error, String parameter, String message) {
}
