package io.trackline.it;

import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.StopSuiteContainers;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the suite's one EAR ({@link TracklineIT}) before the first test class and undeploys it after the
 * last, instead of once per class: Arquillian deploys a class's deployment before the class and undeploys it
 * after. Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** Arquillian's observer: one instance for the whole run. */
    public static final class Lifecycle {

        private boolean deployed;
        private UnDeployDeployment atTheEnd;

        /** Deploys before the first class, and waits until the application says it is ready. */
        public void deployOnce(@Observes EventContext<DeployManagedDeployments> deploy) {
            if (!deployed) {
                deploy.proceed();
                Waiting.await("the application is ready").until(() -> Http.get("/health/ready").statusCode() == 200);
                deployed = true;
            }
        }

        /** Only the first class's deployment was deployed; it is kept until the suite ends. */
        public void keepDeployed(@Observes EventContext<UnDeployDeployment> undeploy) {
            if (atTheEnd == null) {
                atTheEnd = undeploy.getEvent();
            }
        }

        /** As the suite ends, just before Arquillian lets go of its containers. */
        public void undeployAtTheEnd(@Observes EventContext<StopSuiteContainers> stop) throws Exception {
            if (atTheEnd != null) {
                atTheEnd.getDeployableContainer().undeploy(atTheEnd.getDeployment().getDescription().getArchive());
            }
            stop.proceed();
        }
    }
}
