package org.learningnetwork.workforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The learning team's parts of the regulator's register: one form adds a part, or changes the one named by
 * {@code ?code=}; each part can be retired or brought back.
 */
@Named
@ViewScoped
public class RegisterPartsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "partForm";

    @Inject
    private RegisterPartService service;

    @Inject
    private Messages messages;

    private String code;
    private String editing;
    private String editingName;
    private String name;
    private String renewalMonths;
    private String learningHours;
    private List<RegisterPartService.Listing> parts;

    public void load() {
        if (code != null && !code.isBlank()) {
            try {
                RegisterPart part = service.find(code.strip());
                editing = part.getCode();
                editingName = part.getName();
                name = part.getName();
                renewalMonths = Integer.toString(part.getRenewalMonths());
                learningHours = part.getLearningHours().stripTrailingZeros().toPlainString();
            } catch (NotFoundException e) {
                NotFound.respond();
                return;
            }
        }
        parts = service.list();
    }

    /** Adds or changes the part; a number that is not one is refused with the rest. */
    public String save() {
        Integer months = number(renewalMonths, Integer::valueOf);
        BigDecimal hours = number(learningHours, BigDecimal::new);
        return messages.attempt(FORM, () -> service.save(editing, name, months, hours)).map(saved -> {
            messages.noticeAfterRedirect(editing == null ? "registerParts.added" : "common.saved");
            return "/coordinator/register-parts?faces-redirect=true";
        }).orElse(null);
    }

    public void offer(String part, boolean offered) {
        messages.attempt(FORM, () -> service.offer(part, offered))
                .ifPresent(done -> messages.noticeAndGoTo("/coordinator/register-parts.xhtml", offered ? "registerParts.broughtBack" : "registerParts.retired"));
    }

    private static <T> T number(String value, java.util.function.Function<String, T> parse) {
        try {
            return value == null || value.isBlank() ? null : parse.apply(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<RegisterPartService.Listing> getParts() {
        return parts;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingName() {
        return editingName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(String renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public String getLearningHours() {
        return learningHours;
    }

    public void setLearningHours(String learningHours) {
        this.learningHours = learningHours;
    }
}
