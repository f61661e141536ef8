package org.learningnetwork.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.PagedModel;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/** The learning team's list of courses: search by text, filter by strand, retired ones on request, paged. */
@Named
@ViewScoped
public class CourseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    private String query;
    private String strand;
    private boolean includeRetired;
    private PagedModel<Course> model;
    private List<Strand> strands;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> courses.search(query, strand, includeRetired, page));
    }

    public List<Strand> getStrands() {
        if (strands == null) {
            strands = referenceData.strands();
        }
        return strands;
    }

    public PagedModel<Course> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getStrand() {
        return strand;
    }

    public void setStrand(String strand) {
        this.strand = strand;
    }

    public boolean isIncludeRetired() {
        return includeRetired;
    }

    public void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
    }
}
