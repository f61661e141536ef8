package org.learningnetwork.distribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.learningnetwork.platform.Messages;

/**
 * My learning's distribution list section: join (ticking the consent box) or leave. Made for each request: the form
 * sends all it needs, and a bean kept with the view cost every My learning page its place in the session.
 */
@Named
@RequestScoped
public class DistributionView {

    @Inject
    private DistributionListService list;

    @Inject
    private Messages messages;

    private boolean consent;
    private Optional<DistributionMember> membership;

    public DistributionMember getMembership() {
        if (membership == null) {
            membership = list.mine();
        }
        return membership.orElse(null);
    }

    public String getConsentText() {
        return DistributionListService.consentText();
    }

    public void join() {
        messages.attempt("distributionForm", () -> list.join(consent))
                .ifPresent(m -> messages.noticeAndGoTo("/my/index.xhtml", "distribution.joined"));
    }

    public void leave() {
        messages.attempt("distributionForm", () -> {
            list.leave();
            return Boolean.TRUE;
        }).ifPresent(m -> messages.noticeAndGoTo("/my/index.xhtml", "distribution.left"));
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
