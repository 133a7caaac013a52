package io.trackline.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the build produced, exactly as shipped, with the test probes added to its public web module and
 * the test's clock ({@link ShiftedClock}) to its tracking enterprise bean module.
 * Built once: every test class names the same archive, and {@link OneDeployment} deploys it once.
 */
final class TracklineDeployment {

    private static final File EAR = new File("target/trackline.ear");
    private static final String WEB_MODULE = "widget-web.war";
    private static final String TRACKING_MODULE = "tracking-ejb.jar";
    private static final Class<?>[] PROBES = {ProbeResource.class, ProbeResource.EchoRequest.class,
            ProbeResource.Line.class, RetailProbe.class, MmpProbe.class, ApiClientProbe.class, AtRestProbe.class,
            DashboardUsersProbe.class, HeldRequestProbe.class, RowCountProbe.class};

    private static EnterpriseArchive withProbes;

    private TracklineDeployment() {
    }

    static synchronized EnterpriseArchive withProbes() {
        if (withProbes == null) {
            withProbes = build();
        }
        return withProbes;
    }

    private static EnterpriseArchive build() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(PROBES);
        JavaArchive tracking = ear.getAsType(JavaArchive.class, TRACKING_MODULE);
        tracking.addClass(ShiftedClock.class);
        ear.delete(WEB_MODULE);
        ear.delete(TRACKING_MODULE);
        return ear.addAsModule(tracking).addAsModule(Testable.archiveToTest(web));
    }
}
