package io.trackline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of both EJB modules (this module's classpath holds tracking-ejb's classes too): each context
 * ({@code influencer}, {@code mmp}, {@code auction}, {@code retail}, {@code platform}) has {@code api},
 * {@code domain}, {@code application} and {@code infrastructure} packages; storage serves the services and
 * never reaches up into them, and the domain knows neither.
 */
class ArchitectureTest {

    private static final JavaClasses EJB_MODULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trackline");

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

    @Test
    void theContextsDependOnEachOtherWithoutCycles() {
        slices().matching("io.trackline.(*)..").should().beFreeOfCycles().check(EJB_MODULES);
    }

    @Test
    void theLayersDependOnEachOtherWithoutCycles() {
        slices().matching("io.trackline.(*).(*)..").should().beFreeOfCycles().check(EJB_MODULES);
    }
}
