package org.learningnetwork.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs test code with a given role, the way a signed-in user's call reaches the services. Each call is
 * outside any transaction, so every service call commits or rolls back on its own, as from a screen.
 */
public interface AsRole {

    <T> T call(Callable<T> work) throws Exception;

    /** Runs work as an administrator. */
    @Stateless(name = "AsAdmin")
    @LocalBean
    @RunAs("ADMIN")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Admin implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs work as a learning and development coordinator. */
    @Stateless(name = "AsCoordinator")
    @LocalBean
    @RunAs("COORDINATOR")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Coordinator implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs work as a learner. */
    @Stateless(name = "AsLearner")
    @LocalBean
    @RunAs("LEARNER")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Learner implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs work as a line manager. */
    @Stateless(name = "AsManager")
    @LocalBean
    @RunAs("MANAGER")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Manager implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs work as a facilitator. */
    @Stateless(name = "AsFacilitator")
    @LocalBean
    @RunAs("FACILITATOR")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Facilitator implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs work as the data protection officer. */
    @Stateless(name = "AsDpo")
    @LocalBean
    @RunAs("DPO")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Dpo implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs work as a member of a protection committee. */
    @Stateless(name = "AsCommittee")
    @LocalBean
    @RunAs("COMMITTEE")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    class Committee implements AsRole {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
