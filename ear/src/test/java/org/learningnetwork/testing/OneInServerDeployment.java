package org.learningnetwork.testing;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys the in-server tests' application once for all of them instead of once per test class: a deployment takes
 * some seven seconds, and there are some forty such classes, run on H2 and again on PostgreSQL.
 * <p>
 * Every test class in {@value #PACKAGE} runs in the server in the same deployment ({@code Deployments.inServer()}, which
 * holds all of that package's classes). The first such class generates and deploys it as Arquillian does; the others
 * take its deployment over instead of generating their own, and it is not undeployed after each class but once, after
 * the last test. Test classes elsewhere are left to Arquillian as they were.
 * <p>
 * The tests from outside deploy the application as built under the same name ({@code SharedApplication}): before they
 * do, {@link #release} takes this one down, and the next in-server class deploys it again.
 */
public final class OneInServerDeployment implements LoadableExtension {

    static final String PACKAGE = "org.learningnetwork.it";

    /** The deployment scenario every in-server class shares once the first has deployed it; null before and after. */
    private static DeploymentScenario shared;
    /** The class whose scenario it is: its class context undeploys it at the end. */
    private static Class<?> sharedBy;
    /** Set by {@link #release} when the deployment was taken down outside Arquillian. */
    private static boolean released;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Sharing.class);
    }

    /**
     * Whether the shared deployment is up; if it is, the caller is about to take it down (under the same name) and it
     * is forgotten here, so that the next in-server class deploys it again.
     */
    public static synchronized boolean release() {
        if (shared == null || released || !deployed(shared)) {
            return false;
        }
        released = true;
        return true;
    }

    private static boolean deployed(DeploymentScenario scenario) {
        return !scenario.deployments().isEmpty() && scenario.deployments().stream().allMatch(Deployment::isDeployed);
    }

    static boolean inServer(Class<?> testClass) {
        return testClass.getPackageName().equals(PACKAGE);
    }

    /** Arquillian's observer: its events are fired on the test thread, one class at a time. */
    public static final class Sharing {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            if (!inServer(testClass)) {
                context.proceed();
                return;
            }
            synchronized (OneInServerDeployment.class) {
                if (shared != null && !released) {
                    classScenario.set(shared);
                    return;
                }
                context.proceed();
                shared = classScenario.get();
                sharedBy = testClass;
                released = false;
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            DeploymentScenario scenario = classScenario.get();
            synchronized (OneInServerDeployment.class) {
                if (scenario != null && scenario == shared && deployed(scenario)) {
                    return;
                }
            }
            context.proceed();
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            DeploymentScenario scenario = classScenario.get();
            synchronized (OneInServerDeployment.class) {
                if (scenario != null && scenario == shared) {
                    return;
                }
            }
            context.proceed();
        }

        /** After the last test, before the containers stop: the shared deployment goes, unless it already went. */
        public void end(@Observes(precedence = 100) AfterSuite event) {
            DeploymentScenario scenario;
            Class<?> owner;
            synchronized (OneInServerDeployment.class) {
                scenario = released ? null : shared;
                owner = sharedBy;
                shared = null;
                sharedBy = null;
                released = false;
            }
            if (scenario == null) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(owner);
            try {
                classScenario.set(scenario);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                context.deactivate();
                context.destroy(owner);
            }
        }
    }
}
