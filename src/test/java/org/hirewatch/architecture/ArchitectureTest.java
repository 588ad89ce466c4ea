package org.hirewatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of DESIGN.md: domain depends on nothing; the UI never touches SQL; only the CLI prints. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hirewatch");
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.hirewatch.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.hirewatch.domain..", "java..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("org.hirewatch.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void storeAndLogicNeverDependOnTheUiOrTheApp() {
        noClasses().that().resideInAnyPackage("org.hirewatch.store..", "org.hirewatch.domain..", "org.hirewatch.indicators..",
                        "org.hirewatch.links..", "org.hirewatch.activity..", "org.hirewatch.exchange..", "org.hirewatch.training..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hirewatch.ui..", "org.hirewatch.app..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.hirewatch.app.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void onlyOneLoggingApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                "org.apache.logging.log4j..").check(classes);
    }
}
