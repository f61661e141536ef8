package org.learningnetwork.reporting;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Renders each committee's report pack from the quarter's new figures, stores it, and e-mails it to the committee's
 * distribution list (each committee in a transaction of its own). The exit status is PACKS:<packs>:<e-mails> (the jobs screen writes it in words).
 */
@Named
@Dependent
public class KpiReportBatchlet extends AbstractBatchlet {

    @Inject
    private Kpis kpis;

    @Inject
    private ReportPack packs;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    public String process() {
        Quarter q = Quarter.parse(quarter).orElseThrow();
        int rendered = 0;
        int mailed = 0;
        for (String committee : kpis.committees()) {
            packs.render(q, committee);
            rendered++;
            mailed += packs.mail(q, committee);
        }
        return "PACKS:" + rendered + ":" + mailed;
    }
}
