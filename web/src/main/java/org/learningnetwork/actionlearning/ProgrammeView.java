package org.learningnetwork.actionlearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The action-learning programme's dashboard ({@code ?quarter=2026-Q3}, {@code ?set=} for one set's questionnaires):
 * a quarter not begun or not a quarter is said on the page (400); an unknown set is the not-found page.
 */
@Named
@RequestScoped
public class ProgrammeView {

    @Inject
    private ProgrammeService programme;

    @Inject
    private Messages messages;

    private String quarter;
    private String set;
    private ProgrammeService.Dashboard dashboard;
    private List<LearningSet> sets;

    public void load() {
        sets = programme.sets();
        Long setId;
        try {
            setId = set == null || set.isBlank() ? null : Long.valueOf(set.strip());
        } catch (NumberFormatException e) {
            NotFound.respond();
            return;
        }
        try {
            dashboard = programme.dashboard(quarter, setId);
        } catch (RejectedException e) {
            messages.error("quarter", e.getProblems().get(0).messageKey());
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        } catch (NotFoundException e) {
            NotFound.respond();
        }
    }

    public ProgrammeService.Dashboard getDashboard() {
        return dashboard;
    }

    /** The fewest people a figure describes to be shown. */
    public int getThreshold() {
        return org.learningnetwork.figures.SmallNumbers.threshold();
    }

    public List<LearningSet> getSets() {
        return sets;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getSet() {
        return set;
    }

    public void setSet(String set) {
        this.set = set;
    }

    /** The CSV download of what the page shows. */
    public String getCsvLink() {
        StringBuilder link = new StringBuilder("action-learning.csv");
        String separator = "?";
        if (dashboard != null) {
            link.append(separator).append("quarter=").append(dashboard.programme().quarter().code());
            separator = "&";
        }
        if (dashboard != null && dashboard.set() != null) {
            link.append(separator).append("set=").append(dashboard.set().getId());
        }
        return link.toString();
    }
}
