package io.trackline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every end-to-end test runs against: the EAR the build produced, with the test probes, deployed once
 * for the whole suite ({@link OneDeployment}). Every test talks to it over HTTP from outside, so a test
 * that needs a state of its own makes it (a new influencer, retailer, app or address), never assumes a
 * fresh server.
 */
@ExtendWith(ArquillianExtension.class)
abstract class TracklineIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TracklineDeployment.withProbes();
    }
}
