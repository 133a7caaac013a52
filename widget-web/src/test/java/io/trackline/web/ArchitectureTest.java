package io.trackline.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web talks to the EJB modules only through their published language: the {@code api} package of each
 * context ({@code influencer}, {@code mmp}, {@code platform}, {@code retail}, {@code auction}). The one
 * exception is {@code io.trackline.platform.web}, the HTTP helpers both WARs share, which is the web
 * layer's own code that happens to live in tracking-ejb. This module's classpath holds both EJB jars.
 * ArchUnit checks the byte code; the imports are checked too, for the constants the compiler copies in.
 */
class ArchitectureTest {

    private static final Pattern NON_API_IMPORT = Pattern.compile(
            "import (static )?io\\.trackline\\.(?!platform\\.web\\.)"
                    + "(influencer|mmp|platform|retail|auction)\\.(?!api\\.).*");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trackline");

    @Test
    void theWebAndBothEjbModulesAreImported() {
        // without them the rule below would pass vacuously
        assertTrue(CLASSES.contain("io.trackline.web.retail.AuctionResource"));
        assertTrue(CLASSES.contain("io.trackline.influencer.application.PostbackService"));
        assertTrue(CLASSES.contain("io.trackline.auction.application.ClickBilling"));
    }

    @Test
    void theWebUsesOnlyTheApiPackagesOfTheEjbModules() {
        noClasses().that().resideInAPackage("io.trackline.web..")
                .should().dependOnClassesThat(resideInAnyPackage("io.trackline.influencer..", "io.trackline.mmp..",
                        "io.trackline.platform..", "io.trackline.retail..", "io.trackline.auction..")
                        .and(not(resideInAnyPackage("io.trackline.*.api..", "io.trackline.platform.web.."))))
                .check(CLASSES);
    }

    @Test
    void noSourceFileImportsMoreThanTheApiPackages() throws IOException {
        // a constant is copied into the class that reads it, so the byte code rule above misses it, but not its import
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> offending = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(ArchitectureTest::nonApiImports)
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    private static Stream<String> nonApiImports(Path source) {
        try {
            return Files.readAllLines(source).stream()
                    .filter(line -> NON_API_IMPORT.matcher(line).matches())
                    .map(line -> source.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
