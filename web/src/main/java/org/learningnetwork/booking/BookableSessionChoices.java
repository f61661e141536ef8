package org.learningnetwork.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.util.List;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.DateText;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.PublicContent;
import org.learningnetwork.platform.PublicPageCache;

/**
 * The sessions a line manager may book their staff onto, as the form on "My team's bookings" lists them (up to 300):
 * the same for every manager and public anyway, so read once and kept while nothing public changes on this server
 * instance, and at most as long as a copy of a public page ({@link PublicPageCache#copiesLast()}, the longest a change
 * through another instance takes to show). Reading and building them for every page was a fifth of the page's time in
 * bench/signed-in. The places left a choice shows may be that old; booking checks them afresh. They are kept as the
 * form's options, each labelled once (course, when, places left), so that a page does not evaluate two expressions and
 * format a message for each of 300 options: that was a fifth of the page's time again.
 */
@ApplicationScoped
public class BookableSessionChoices {

    private record Kept(long revision, long madeNanos, List<SelectItem> options) {
    }

    @Inject
    private BookingQueries queries;

    @Inject
    private Messages messages;

    @Inject
    private PublicContent publicContent;

    private volatile Kept kept;

    /**
     * The sessions taking applications now, the soonest first, as recently as this instance knows them: each an option
     * whose value is the session's id and whose label says the course, when, and the places left (or full, or a note of
     * interest). Shared between requests: not to be changed.
     */
    public List<SelectItem> options() {
        long revision = publicContent.revision();
        long now = System.nanoTime();
        Kept current = kept;
        if (current == null || current.revision() != revision || now - current.madeNanos() >= PublicPageCache.copiesLast().toNanos()) {
            current = new Kept(revision, now, queries.bookableSessions().stream()
                    .map(session -> new SelectItem(session.getId(), label(session))).toList());
            kept = current;
        }
        return current.options();
    }

    /** A session's label: the course, when, and the places left, or that it is full or taking notes of interest. */
    private String label(CourseSession session) {
        String course = session.getCourse().getTitle();
        String when = DateText.dayAndTime(session.getStartsAt());
        if (session.getCourse().getBookingMode() == BookingMode.NOTE_OF_INTEREST) {
            return messages.text("team.session.allocated", course, when);
        }
        int left = session.getPlacesLeft();
        return left > 0 ? messages.text("team.session.placesLeft", course, when, left)
                : messages.text("team.session.full", course, when);
    }
}
