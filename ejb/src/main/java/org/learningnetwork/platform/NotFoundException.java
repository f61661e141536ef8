package org.learningnetwork.platform;

import jakarta.ejb.ApplicationException;

/**
 * The record asked for does not exist (or is not visible to the caller). Screens show the not-found
 * page and the REST API answers 404.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
