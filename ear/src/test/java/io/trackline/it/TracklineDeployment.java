package io.trackline.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the build produced, exactly as shipped, with test classes added to its public web module; that
 * module is where in-container tests run.
 */
final class TracklineDeployment {

    private static final File EAR = new File("target/trackline.ear");
    private static final String WEB_MODULE = "widget-web.war";

    private TracklineDeployment() {
    }

    /** The EAR with the test probes of the retail tests (and those they build on). */
    static EnterpriseArchive withRetailProbe() {
        return withClasses(ProbeResource.class, ProbeResource.EchoRequest.class, ProbeResource.Line.class,
                RetailProbe.class);
    }

    static EnterpriseArchive withClasses(Class<?>... classes) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(classes);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(Testable.archiveToTest(web));
    }
}
