package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.builder.KieBuilder;
import org.kie.api.runtime.KieContainer;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RuleInfo;

/**
 * The guard around firing a pack's rules, defence in depth behind the allowlist: no pack the allowlist accepts can
 * throw or loop (RuleAllowlistTest), so these rules (packs/faulty) are compiled here without it, straight through
 * Drools. A rule that throws costs the caller a RULE_FAILED, one that never stops a TIME_LIMIT within the limit; a
 * good pack fired beside them answers.
 */
class RuleGuardTest {
    private static final List<String> KNOWN = List.of("m-2020-01-01");

    /** One pack of packs/faulty compiled without the allowlist (what no load would ever do). */
    private static CompiledPack unchecked(String id) {
        PackLoader.LoadedPacks loaded = EngineFixtures.read("faulty");
        Pack pack = loaded.packs().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
        Problems problems = new Problems();
        KieModules modules = new KieModules();
        Pack prepared = RuleSource.prepared(pack, RuleSource.prelude(loaded.vocabulary()));
        KieBuilder builder = modules.build(prepared, problems, false);
        KieContainer container = modules.newContainer(pack, builder.getKieModule(), problems);
        assertThat(problems.sorted()).isEmpty();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        container
                .getKieBase()
                .getKiePackages()
                .forEach(p -> p.getRules().forEach(r -> {
                    String clause =
                            String.valueOf(r.getMetaData().get("clause")).replace("\"", "");
                    rules.put(r.getName(), new RuleInfo(r.getName(), clause, null, "rules.drl", 0));
                }));
        return new CompiledPack(
                pack,
                container,
                container.getKieBase(),
                rules,
                false,
                new RuleModel(List.of(), List.of()),
                Map.of(),
                loaded.vocabulary().sets());
    }

    private static TimeLimit halfASecond() {
        return TimeLimit.startingNow(Duration.ofMillis(500));
    }

    @Test
    void aRuleThatThrowsIsARuleFailureNamingTheRule() {
        CompiledPack throwing = unchecked("a-throws");
        assertThatThrownBy(() -> throwing.fireUncached(
                        EngineFixtures.policeUse(), null, KNOWN, EngineFixtures.ANNOUNCED, halfASecond()))
                .isInstanceOfSatisfying(RuleFailure.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleFailure.Kind.RULE_FAILED);
                    assertThat(e.rule()).isEqualTo("divide");
                    assertThat(e.getMessage()).isEqualTo("rule 'divide' failed (ArithmeticException)");
                });
    }

    @Test
    void aRuleThatNeverStopsIsCutOffAtTheTimeLimit() throws InterruptedException {
        CompiledPack looping = unchecked("b-loops");
        long start = System.nanoTime();
        assertThatThrownBy(() -> looping.fireUncached(
                        EngineFixtures.policeUse(), null, KNOWN, EngineFixtures.ANNOUNCED, halfASecond()))
                .isInstanceOfSatisfying(RuleFailure.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleFailure.Kind.TIME_LIMIT);
                    assertThat(e.getMessage()).contains("time limit of 500 ms");
                });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        for (int i = 0; i < 100 && RuleGuard.stuckThreads() > 0; i++) {
            Thread.sleep(20); // the halted session returns between two firings
        }
        assertThat(RuleGuard.stuckThreads()).isZero();
        CompiledPack good = unchecked("c-good");
        assertThat(good.fireUncached(EngineFixtures.policeUse(), null, KNOWN, EngineFixtures.ANNOUNCED, halfASecond())
                        .rulesFired())
                .isNotEmpty();
    }
}
