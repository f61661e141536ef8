package org.learningnetwork.organisation;

import jakarta.ejb.ApplicationException;
import org.learningnetwork.platform.RejectedException;

/** Another organisation already has this name, ignoring case and spacing. */
@ApplicationException(rollback = true)
public class DuplicateOrganisationNameException extends RejectedException {

    private static final long serialVersionUID = 1L;

    public DuplicateOrganisationNameException() {
        super("name", "organisation.name.duplicate");
    }
}
