package org.learningnetwork.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The learning team's schedule of every session (cancelled ones marked), filtered by strand and venue;
 * the schedule asks for the sessions of the weeks it shows, and each session links to its edit page.
 */
@Named
@ViewScoped
public class ScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String strand;
    private Long venue;
    private ScheduleModel model;
    private List<Strand> strands;
    private List<Venue> venues;

    @PostConstruct
    void init() {
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                List<CourseSession> sessions = courses.schedule(start.atZone(Installation.zone()).toInstant(), end.atZone(Installation.zone()).toInstant(),
                        strand, venue);
                String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
                for (CourseSession session : sessions) {
                    boolean cancelled = session.getStatus() == SessionStatus.CANCELLED;
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(session.getId()))
                            .title((cancelled ? messages.text("sessionStatus.CANCELLED") + ": " : "") + session.getCourse().getTitle())
                            .startDate(LocalDateTime.ofInstant(session.getStartsAt(), Installation.zone()))
                            .endDate(LocalDateTime.ofInstant(session.getEndsAt(), Installation.zone()))
                            .url(context + "/coordinator/session.xhtml?id=" + session.getId())
                            .styleClass(cancelled ? "schedule-event--cancelled" : "schedule-event")
                            .editable(false)
                            .build());
                }
            }
        };
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<Strand> getStrands() {
        if (strands == null) {
            strands = referenceData.strands();
        }
        return strands;
    }

    public List<Venue> getVenues() {
        if (venues == null) {
            venues = courses.venues();
        }
        return venues;
    }

    public String getStrand() {
        return strand;
    }

    public void setStrand(String strand) {
        this.strand = strand == null || strand.isBlank() ? null : strand;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }
}
