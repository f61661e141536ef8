package org.learningnetwork.workforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.reference.Qualification;
import org.learningnetwork.reference.QualificationKind;

/** Adds a qualification to the catalogue, or changes one ({@code ?code=}); retires it or brings it back. */
@Named
@ViewScoped
public class QualificationEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "qualificationForm";

    @Inject
    private QualificationService qualifications;

    @Inject
    private Messages messages;

    private String code;
    private boolean adding;
    private Qualification qualification;

    public void load() {
        adding = code == null || code.isBlank();
        if (adding) {
            qualification = new Qualification();
            return;
        }
        qualification = qualifications.catalogue(true).stream().filter(q -> q.getCode().equals(code.strip())).findFirst().orElse(null);
        if (qualification == null) {
            NotFound.respond();
        }
    }

    public String save() {
        return messages.attempt(FORM, () -> qualifications.saveQualification(qualification, adding)).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return "/coordinator/qualifications?faces-redirect=true";
        }).orElse(null);
    }

    public String retire() {
        return retire(true);
    }

    public String reinstate() {
        return retire(false);
    }

    private String retire(boolean retire) {
        if (messages.attempt(FORM, () -> qualifications.retireQualification(qualification.getCode(), retire)).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect(retire ? "qualifications.retired" : "qualifications.reinstated");
        return "/coordinator/qualifications?faces-redirect=true&retired=true";
    }

    public QualificationKind[] getKinds() {
        return QualificationKind.values();
    }

    public boolean isAdding() {
        return adding;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Qualification getQualification() {
        return qualification;
    }
}
