package org.learningnetwork.ownlearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The learning a person recorded themselves, on their learning record for the learning team
 * ({@code /people/learning.xhtml?person=}): each entry can be accepted as equivalent to a course.
 */
@Named
@RequestScoped
public class PersonOwnLearningView {

    /** The fields of the entry at {@code index} on the page (the entries repeat in one form). */
    static String form(int index) {
        return "ownAcceptForm:ownEntries:" + index;
    }

    @Inject
    private OwnLearningService service;

    @Inject
    private Messages messages;

    private List<OwnLearning> entries;
    private Long personId;
    private final Map<Long, Long> courseFor = new HashMap<>();

    /** The person's entries (read once a request, for the page and for the forms sent from it). */
    public List<OwnLearning> getEntries() {
        if (entries == null) {
            String person = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("person");
            try {
                personId = Long.parseLong(person == null ? "" : person.strip());
                entries = service.of(personId);
            } catch (NumberFormatException | NotFoundException e) {
                entries = List.of();
                NotFound.respond();
            }
        }
        return entries;
    }

    /** Accepts the entry as equivalent to the course chosen on its row. */
    public void accept(long entryId) {
        int index = java.util.stream.IntStream.range(0, getEntries().size()).filter(i -> entries.get(i).getId() == entryId)
                .findFirst().orElse(0);
        messages.attempt(form(index), () -> service.accept(entryId, courseFor.get(entryId)))
                .ifPresent(record -> messages.noticeAndGoTo("/people/learning.xhtml?person=" + personId, "own.accepted",
                        record.getCourse().getTitle()));
    }

    /** The course chosen for each entry, by entry id. */
    public Map<Long, Long> getCourseFor() {
        return courseFor;
    }
}
