package org.sendready;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The layering of DESIGN.md and STYLE.md section 1, which one JPMS module cannot enforce.
class ArchitectureTest {
    private static final String[] CORE = {
        "org.sendready.input..",
        "org.sendready.dns..",
        "org.sendready.taglist..",
        "org.sendready.spf..",
        "org.sendready.dkim..",
        "org.sendready.dmarc..",
        "org.sendready.plan..",
        "org.sendready.records..",
        "org.sendready.check..",
        "org.sendready.mta..",
        "org.sendready.logs..",
        "org.sendready.operate..",
        "org.sendready.dnsbl..",
        "org.sendready.bounce.."
    };

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sendready");
    }

    @Test
    void core_usesNoToolkit() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..")
                .check(main);
    }

    @Test
    void core_neverDependsOnTheEntryPoints() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.sendready.cli..", "org.sendready.ui..")
                .check(main);
    }

    @Test
    void onlyTheDnsAdapter_usesDnsjava() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.sendready.dns.dnsjava..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.xbill..")
                .check(main);
    }

    @Test
    void onlyTheDkimPackage_usesBouncyCastle() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.sendready.dkim..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.bouncycastle..")
                .check(main);
    }

    @Test
    void onlyTheBouncePackage_usesJakartaMail() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.sendready.bounce..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(main);
    }

    @Test
    void rejectionCatalogue_neverDependsOnBounceHandling() {
        // bounce classifies with operate's KnownRejection; the other way round is a cycle.
        noClasses()
                .that()
                .resideInAPackage("org.sendready.operate..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sendready.bounce..")
                .check(main);
    }

    @Test
    void cliAndUi_doNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.sendready.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sendready.ui..")
                .check(main);
    }
}
