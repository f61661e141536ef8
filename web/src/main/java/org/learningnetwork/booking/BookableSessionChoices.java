package org.learningnetwork.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.PublicContent;
import org.learningnetwork.platform.PublicPageCache;

/**
 * The sessions a line manager may book their staff onto, as the form on "My team's bookings" lists them (up to 300):
 * the same for every manager and public anyway, so read once and kept while nothing public changes on this server
 * instance, and at most as long as a copy of a public page ({@link PublicPageCache#copiesLast()}, the longest a change
 * through another instance takes to show). Reading and building them for every page was a fifth of the page's time in
 * bench/signed-in. The places left a choice shows may be that old; booking checks them afresh.
 */
@ApplicationScoped
public class BookableSessionChoices {

    /** A session to choose: EL reads it through its getters. */
    public record Choice(long id, String courseTitle, Instant startsAt, boolean allocated, int placesLeft) {

        public long getId() {
            return id;
        }

        static Choice of(CourseSession session) {
            return new Choice(session.getId(), session.getCourse().getTitle(), session.getStartsAt(),
                    session.getCourse().getBookingMode() == BookingMode.NOTE_OF_INTEREST, session.getPlacesLeft());
        }
    }

    private record Kept(long revision, long madeNanos, List<Choice> choices) {
    }

    @Inject
    private BookingQueries queries;

    @Inject
    private PublicContent publicContent;

    private volatile Kept kept;

    /** The sessions taking applications now, the soonest first, as recently as this instance knows them. */
    public List<Choice> choices() {
        long revision = publicContent.revision();
        long now = System.nanoTime();
        Kept current = kept;
        if (current == null || current.revision() != revision || now - current.madeNanos() >= PublicPageCache.copiesLast().toNanos()) {
            current = new Kept(revision, now, queries.bookableSessions().stream().map(Choice::of).toList());
            kept = current;
        }
        return current.choices();
    }
}
