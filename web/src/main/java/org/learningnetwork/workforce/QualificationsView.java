package org.learningnetwork.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.reference.Qualification;

/** The learning team's catalogue of qualifications ({@code ?retired=true} with the retired ones). */
@Named
@RequestScoped
public class QualificationsView {

    @Inject
    private QualificationService qualifications;

    private boolean retired;
    private List<Qualification> catalogue;

    public void load() {
        catalogue = qualifications.catalogue(retired);
    }

    public List<Qualification> getCatalogue() {
        return catalogue;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
