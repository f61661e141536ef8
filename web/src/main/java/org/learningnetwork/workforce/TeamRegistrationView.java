package org.learningnetwork.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.RejectedException;

/** The registrations at risk in the signed-in line manager's team, for their team page. */
@Named
@RequestScoped
public class TeamRegistrationView {

    @Inject
    private RegistrationService registrations;

    private List<RegistrationService.Risk> risks;

    /** Read on first use. */
    public List<RegistrationService.Risk> getRisks() {
        if (risks == null) {
            try {
                risks = registrations.teamRisks();
            } catch (RejectedException e) {
                risks = List.of();
            }
        }
        return risks;
    }
}
