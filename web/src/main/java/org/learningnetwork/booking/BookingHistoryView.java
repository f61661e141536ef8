package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The history of one booking ({@code /my/booking.xhtml?id=}): every change, who made it, in what capacity, when
 * and why. For the learner it belongs to and the learning team; anyone else, or an unknown id, gets the
 * not-found page (whether a booking exists is not told to those who may not see it).
 */
@Named
@RequestScoped
public class BookingHistoryView {

    @Inject
    private BookingQueries bookings;

    private String id;
    private Booking booking;
    private boolean loaded;

    public void load() {
        if (loaded || id == null && FacesContext.getCurrentInstance().isPostback()) {
            // Loaded already; or another form on the page (signing out) was sent: nothing of this page is needed.
            return;
        }
        loaded = true;
        try {
            booking = bookings.history(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException | RejectedException e) {
            NotFound.respond();
        }
    }

    /** A recorded reason in words: the application's own reasons from the bundle, people's as they wrote them. */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .getString("bookingReason." + reason);
        } catch (MissingResourceException e) {
            return reason;
        }
    }

    public Booking getBooking() {
        load();
        return booking;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
