package org.laborbridge.transport.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The API reads forms and ids through {@code transport.forms}, shared with the pages, and never
 * reaches into the pages' own package (nor the pages into the API).
 */
class TransportApiPackageTests {

    private final JavaClasses transport = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.laborbridge.transport");

    @Test
    void theApiDoesNotUseThePagesInternals() {
        noClasses()
                .that()
                .resideInAPackage("org.laborbridge.transport.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.laborbridge.transport.web..")
                .check(transport);
    }

    @Test
    void thePagesDoNotUseTheApi() {
        noClasses()
                .that()
                .resideInAPackage("org.laborbridge.transport.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.laborbridge.transport.api..")
                .check(transport);
    }
}
