package org.learningnetwork.hrimport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/**
 * Checks or applies one HR import ({@link HrImportWork}) in one transaction, which may take longer than the server's
 * default transaction timeout for a large file: an hour here. The exit status is the import's status afterwards.
 */
@Named
@Dependent
public class HrImportBatchlet extends AbstractBatchlet {

    static final int TIMEOUT_SECONDS = 3600;

    @EJB
    private HrImportWork work;

    @Inject
    private UserTransaction transaction;

    @Inject
    @BatchProperty
    private String key;

    @Override
    public String process() throws Exception {
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            HrImport.Status status = work.run(Long.parseLong(key));
            transaction.commit();
            return String.valueOf(status);
        } finally {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            transaction.setTransactionTimeout(0);
        }
    }
}
