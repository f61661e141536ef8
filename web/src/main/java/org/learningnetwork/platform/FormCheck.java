package org.learningnetwork.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every problem of a form in one round (GOV.UK's pattern): when a form's own checks fail (a number that is not one, a
 * required field left empty), Faces stops before the action, so the entity's constraints (a title, a summary ...)
 * would only be reported after the first problems were put right. Called as the form's {@code postValidate} listener,
 * this puts the values that were read into the entity and checks its constraints too, reporting each on its field
 * unless that field already has a problem. Nothing is saved: the action still does not run.
 */
@Named
@RequestScoped
public class FormCheck {

    @Inject
    private Validator validator;

    @Inject
    private Messages messages;

    /**
     * After the form's validation: if it failed, the entity's constraints as well ({@code form}: {@code #{component}}),
     * except those on the properties the service sets from other fields ({@code setElsewhere}, names separated by
     * spaces, such as the workforce groups chosen by their ids), which the entity does not hold yet.
     */
    public void alsoCheck(UIComponent form, Object entity, String setElsewhere) {
        check(form, entity, setElsewhere, List::of);
    }

    /**
     * As {@link #alsoCheck}, adding what the form's view would refuse before asking the service ({@code viewProblems},
     * asked after the fields that were read are in the model): a date typed without its time, an end before its start.
     * For views that take their values through holders of their own rather than straight into the entity.
     */
    public void check(UIComponent form, Object entity, String setElsewhere, Supplier<List<RejectedException.Problem>> viewProblems) {
        Set<String> skipped = Set.of(setElsewhere == null || setElsewhere.isBlank() ? new String[0] : setElsewhere.strip().split("\\s+"));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isValidationFailed() || entity == null || !(form instanceof UIForm)) {
            return;
        }
        // The fields that were read put into the entity, so that its check sees what was typed.
        form.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIInput input && input.isValid() && input.isLocalValueSet()) {
                input.updateModel(faces);
            }
            return VisitResult.ACCEPT;
        });
        String formId = form.getClientId(faces);
        // The view's own problems all count; the entity's constraints, except on the properties set elsewhere.
        List<RejectedException.Problem> problems = new ArrayList<>(viewProblems.get());
        Constraints.problems(validator, entity).stream()
                .filter(p -> p.field() == null || !skipped.contains(p.field().replaceAll("[.\\[].*", ""))).forEach(problems::add);
        for (RejectedException.Problem problem : problems) {
            String clientId = problem.field() == null ? null : formId + ":" + problem.field().replace('.', '_');
            if (clientId == null || !faces.getMessages(clientId).hasNext()) {
                messages.error(clientId, problem.messageKey(), problem.arguments().toArray());
            }
        }
    }
}
