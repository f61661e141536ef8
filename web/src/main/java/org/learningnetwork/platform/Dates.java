package org.learningnetwork.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The council's time zone for components that take one by name (e.g. the schedule). Dates and times are written out by
 * {@link DateText}, which pages call as the {@code ln} tag library's functions.
 */
@Named
@ApplicationScoped
public class Dates {

    /** The council's time zone by name. */
    public String getZoneId() {
        return DateText.ZONE.getId();
    }
}
