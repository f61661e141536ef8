package org.learningnetwork.pathway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.pathway.TrainingNeedsService.Analysis;
import org.learningnetwork.pathway.TrainingPlanRules.Year;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;

/**
 * The training-needs analysis for the learning team ({@code /coordinator/training-needs.xhtml?year=2027}; the next
 * financial year unless another is chosen): what each course is asked for per quarter against the places in the
 * calendar, the sessions to add, and drafts of them made in one step.
 */
@Named
@RequestScoped
public class TrainingNeedsView {

    static final String FORM = "draftForm";

    @Inject
    private TrainingNeedsService service;

    @Inject
    private Messages messages;

    private String year;
    private Integer startYear;
    private Analysis analysis;

    public void load() {
        startYear = chosen();
        if (startYear == null) {
            NotFound.respond();
            return;
        }
        analysis = messages.attempt(null, () -> service.analyse(startYear)).orElse(null);
    }

    /** The year chosen ({@code ?year=}; the next financial year without one), or null for one that cannot be planned here. */
    private Integer chosen() {
        List<Year> years = service.years();
        if (year == null || year.isBlank()) {
            return years.get(1).startYear();
        }
        try {
            int chosen = Integer.parseInt(year.strip());
            return years.stream().anyMatch(y -> y.startYear() == chosen) ? chosen : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String draft() {
        startYear = chosen();
        if (startYear == null) {
            NotFound.respond();
            return null;
        }
        return messages.attempt(FORM, () -> service.draftSessions(startYear)).map(drafts -> {
            messages.noticeAfterRedirect("tna.drafted", drafts.size());
            return "/coordinator/training-needs?faces-redirect=true&year=" + startYear;
        }).orElse(null);
    }

    public List<Year> getYears() {
        return service.years();
    }

    public Analysis getAnalysis() {
        return analysis;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public List<Integer> getQuarters() {
        return List.of(0, 1, 2, 3);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
