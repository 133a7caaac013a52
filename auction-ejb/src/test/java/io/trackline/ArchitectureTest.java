package io.trackline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trackline.auction.application.RetailDemoSeed;
import io.trackline.auction.infrastructure.TraceArena;
import io.trackline.platform.infrastructure.MasterKey;
import io.trackline.platform.infrastructure.PasswordHashing;
import io.trackline.platform.infrastructure.SchemaMigrator;
import io.trackline.platform.infrastructure.SecretHashing;
import io.trackline.platform.infrastructure.Secrets;
import io.trackline.platform.infrastructure.StoreFailures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of both EJB modules (this module's classpath holds tracking-ejb's classes too): each context
 * ({@code influencer}, {@code mmp}, {@code auction}, {@code retail}, {@code platform}) has {@code api},
 * {@code domain}, {@code application} and {@code infrastructure} packages; storage serves the services and
 * never reaches up into them, and the domain knows neither. Services reach storage through the ports in
 * their context's domain; the transaction begins in the application layer, never in an adapter.
 */
class ArchitectureTest {

    private static final JavaClasses EJB_MODULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trackline");

    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";

    /** Infrastructure that is no storage: key handling, hashing, failure classification, start-up checks. */
    private static final Class<?>[] TECHNICAL_SERVICES = {MasterKey.class, SecretHashing.class, Secrets.class,
            PasswordHashing.class, StoreFailures.class, SchemaMigrator.class, TraceArena.class};

    @Test
    void bothModulesAreImported() {
        // without tracking-ejb's classes every rule below would pass vacuously for its contexts
        assertTrue(EJB_MODULES.contain(
                "io.trackline.influencer.infrastructure.JdbcPostbackBatch"));
        assertTrue(EJB_MODULES.contain(
                "io.trackline.auction.infrastructure.JdbcClicks"));
    }

    @Test
    void storageNeverReachesUpIntoTheServices() {
        noClasses().that().resideInAPackage("..infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("..application..")
                .check(EJB_MODULES);
    }

    @Test
    void noAdapterBeginsATransaction() {
        noClasses().that().resideInAPackage("..infrastructure..")
                .should().beAnnotatedWith(TRANSACTIONAL)
                .check(EJB_MODULES);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("..infrastructure..")
                .should().beAnnotatedWith(TRANSACTIONAL)
                .check(EJB_MODULES);
    }

    @Test
    void servicesReachStorageThroughPortsOnly() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat(resideInAPackage("..infrastructure..")
                        .and(not(belongToAnyOf(TECHNICAL_SERVICES))))
                .check(EJB_MODULES);
    }

    @Test
    void theDomainKnowsNoLayerAroundIt() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..",
                        "..web..")
                .check(EJB_MODULES);
    }

    @Test
    void theWireContractKnowsNoServiceOrStorage() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..")
                .check(EJB_MODULES);
    }

    /**
     * A context uses another only through its {@code api}, the platform kernel apart. The one exception is the
     * retail demo seed, which writes the demo retailers' fixed keys through retail's storage ports.
     */
    @Test
    void theContextsMeetOnlyThroughTheirApi() {
        for (String context : List.of("influencer", "mmp", "retail", "auction")) {
            noClasses().that().resideInAPackage("io.trackline..")
                    .and().resideOutsideOfPackage("io.trackline." + context + "..")
                    .and().doNotHaveFullyQualifiedName(RetailDemoSeed.class.getName())
                    .should().dependOnClassesThat().resideInAnyPackage("io.trackline." + context + ".application..",
                            "io.trackline." + context + ".domain..", "io.trackline." + context + ".infrastructure..")
                    .check(EJB_MODULES);
        }
    }

    @Test
    void theContextsDependOnEachOtherWithoutCycles() {
        slices().matching("io.trackline.(*)..").should().beFreeOfCycles().check(EJB_MODULES);
    }

    @Test
    void theLayersDependOnEachOtherWithoutCycles() {
        slices().matching("io.trackline.(*).(*)..").should().beFreeOfCycles().check(EJB_MODULES);
    }
}
