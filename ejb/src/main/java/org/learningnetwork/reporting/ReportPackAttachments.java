package org.learningnetwork.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.learningnetwork.notification.MailAttachments;

/** A committee's report pack as the files of the mail that sends it: the stored reports of the quarter, by format. */
@ApplicationScoped
public class ReportPackAttachments implements MailAttachments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<File> reportPack(String quarter, String committee) {
        return em.createQuery("select r from KpiReport r where r.quarter = :quarter and r.committee = :committee order by r.format",
                        KpiReport.class)
                .setParameter("quarter", quarter).setParameter("committee", committee).getResultStream()
                .map(r -> new File(r.getFileName(), r.getFormat().contentType(), r.getContent())).toList();
    }
}
