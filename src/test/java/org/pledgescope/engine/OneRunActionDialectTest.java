package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.mvel.expr.MVELConsequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.rule.Rule;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;

/**
 * A run that ends when its work is done compiles a pack missing from the cache with the classic compiler, and a pack
 * whose rules mean the same in either dialect with their actions interpreted as MVEL (no Java compiler); any other
 * pack is compiled as Java, and every error a one-run compile reports is Java's, as a compile for edits reports it.
 */
class OneRunActionDialectTest {
    @TempDir
    Path cacheDir;

    private static Pack fixture(String name) {
        return new PackLoader()
                .load(RulesLocation.resolve(TestRules.packs("dialects"))).packs().stream()
                        .filter(p -> p.id().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    private CompiledPack compiled(PackCompiler compiler, String name) {
        Problems problems = new Problems();
        CompiledPack compiled = compiler.compile(fixture(name), TestRules.vocabulary(), problems);
        assertThat(problems.sorted()).as(name).isEmpty();
        return compiled;
    }

    private List<Problem> problems(PackCompiler compiler, String name) {
        Problems problems = new Problems();
        assertThat(compiler.compile(fixture(name), TestRules.vocabulary(), problems))
                .as(name)
                .isNull();
        return problems.sorted();
    }

    private static List<Boolean> interpreted(CompiledPack pack) {
        return pack.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(OneRunActionDialectTest::interpreted)
                .toList();
    }

    private static boolean interpreted(Rule rule) {
        return ((RuleImpl) rule).getConsequence() instanceof MVELConsequence;
    }

    @Test
    void rulesThatMeanTheSameInEitherDialectRunTheirActionsAsMvel() {
        CompiledPack pack = compiled(PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir)), "neutral");

        assertThat(interpreted(pack)).hasSize(2).containsOnly(true);
    }

    @Test
    void everyShippedPackTablesIncludedRunsItsActionsAsMvel() {
        PackCompiler compiler = PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir));
        PackLoader.LoadedPacks shipped = new PackLoader().load(RulesLocation.resolve(Path.of("rules")));
        for (Pack pack : shipped.packs()) {
            Problems problems = new Problems();
            CompiledPack compiled = compiler.compile(pack, shipped.vocabulary(), problems);

            assertThat(problems.sorted()).as(pack.id()).isEmpty();
            assertThat(interpreted(compiled)).as(pack.id()).isNotEmpty().containsOnly(true);
        }
    }

    @Test
    void everyOtherCompilerCompilesActionsAsJava() {
        assertThat(interpreted(compiled(PackCompiler.forEdits(), "neutral")))
                .hasSize(2)
                .containsOnly(false);
        assertThat(interpreted(compiled(new PackCompiler(CompiledRulesCache.at(cacheDir)), "neutral")))
                .hasSize(2)
                .containsOnly(false);
    }

    @Test
    void aCommentInAnActionIsReadAlikeByBothDialects() {
        PackCompiler compiler = PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir));

        assertThat(interpreted(compiled(compiler, "java-only"))).containsExactly(true);
        assertThat(problems(compiler, "salience-expression"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("attribute 'salience", "is not allowed"));
    }

    @Test
    void aFieldReadMvelWouldAllowIsRefusedAsJavaRefusesIt() {
        List<Problem> oneRun = problems(PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir)), "field-read");

        assertThat(oneRun).isNotEmpty().isEqualTo(problems(PackCompiler.forEdits(), "field-read"));
    }

    @Test
    void illTypedActionsAreReportedOnceEachAtTheActionByEveryCompiler() {
        List<Problem> oneRun = problems(PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir)), "ill-typed");

        assertThat(oneRun).isEqualTo(problems(PackCompiler.forEdits(), "ill-typed"));
        assertThat(oneRun)
                .extracting(Problem::line)
                .as("one problem per rule, at its action's line")
                .containsExactly(10, 18, 26, 34, 42);
    }
}
