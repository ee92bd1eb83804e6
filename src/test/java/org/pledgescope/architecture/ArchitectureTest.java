package org.pledgescope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The one boundary around the engine, checked on the compiled classes: Drools types stay in {@code engine},
 * only {@code evaluation} and the decision tables it reads ({@code table}) call the engine (through its handle, not
 * its internals), and no two packages depend on each other.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pledgescope");

    @Test
    void droolsTypesStayInsideTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.pledgescope.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEvaluatorAndItsTablesCallTheEngineAndOnlyThroughItsHandle() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.pledgescope.engine..", "org.pledgescope.evaluation..", "org.pledgescope.table..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.pledgescope.engine..")
                .check(CLASSES);
        String internals = "org\\.pledgescope\\.engine\\.(KieModules|RuleSource|RuleAllowlist|ActionParser"
                + "|VocabularyCheck|CodeFingerprint%s)(\\$.*)?|org\\.pledgescope\\.engine\\.facts\\."
                + "(Use|Outcome|Known|Pledge|Scope|Aspect|Citation)(\\$.*)?";
        noClasses()
                .that()
                .resideInAPackage("org.pledgescope.evaluation..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching(internals.formatted("|CompiledRulesCache"))
                .check(CLASSES);
        // The tables are stored beside the compiled rules, in the same cache.
        noClasses()
                .that()
                .resideInAPackage("org.pledgescope.table..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching(internals.formatted(""))
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNotKnowVerdicts() {
        noClasses()
                .that()
                .resideInAPackage("org.pledgescope.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.pledgescope.verdict..", "org.pledgescope.evaluation..", "org.pledgescope.query..")
                .check(CLASSES);
    }

    @Test
    void theTablesKnowNoVerdictsAndNoDrools() {
        noClasses()
                .that()
                .resideInAPackage("org.pledgescope.table..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.pledgescope.verdict..",
                        "org.pledgescope.evaluation..",
                        "org.pledgescope.query..",
                        "org.kie..",
                        "org.drools..")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.pledgescope.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
