package org.pledgescope.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.engine.CompiledRulesCache;
import org.pledgescope.engine.RuleFailure;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.engine.facts.RuleFinding;

/** A pack's table: filled once per cell, the same findings interned once, a failure never kept. */
class PackTableTest {
    private static final List<FactClasses> AXES = List.of(
            FactClasses.values("agency.type", List.of(List.of("SHERIFF", "STATE_POLICE"), List.of("NONPROFIT")), false),
            FactClasses.dates("contract.signedOn", List.of(LocalDate.of(2020, 6, 10))));
    private static final List<String> KNOWN = List.of("s-1");
    private static final Duration LIMIT = Duration.ofSeconds(2);

    private static WorldFindings found(String rule) {
        return new WorldFindings(
                List.of(new RuleFinding(rule, RuleFinding.Kind.PROHIBITS, "s-1#c", null, List.of())), Set.of(rule));
    }

    @Test
    void eachCellIsFiredOnceOnItsRepresentativeAndEqualFindingsAreOneOutcome() {
        AtomicInteger fired = new AtomicInteger();
        PackTable t = new PackTable("p", AXES, (facts, useDate, known, limit) -> {
            fired.incrementAndGet();
            assertThat(facts.get("agency.type")).isIn("SHERIFF", "NONPROFIT");
            return found("ban");
        });
        assertThat(t.worlds()).isEqualTo(4);
        assertThat(t.fill(List.of(KNOWN), 1, LIMIT)).isTrue();
        int first = t.outcome(KNOWN, 0, LIMIT);
        assertThat(fired).hasValue(4);
        assertThat(t.outcomes()).isEqualTo(1);
        assertThat(t.outcome(KNOWN, 3, LIMIT)).isEqualTo(first);
        assertThat(fired).hasValue(4);
        assertThat(t.world(path -> path.equals("agency.type") ? "STATE_POLICE" : LocalDate.of(2019, 1, 1)))
                .isEqualTo(t.world(path -> path.equals("agency.type") ? "SHERIFF" : LocalDate.of(2015, 5, 5)));
    }

    @Test
    void aWorldWhoseRulesFailIsLeftEmptyAndTheTableIncomplete() {
        AtomicInteger calls = new AtomicInteger();
        PackTable t = new PackTable("p", AXES, (facts, useDate, known, limit) -> {
            if (calls.getAndIncrement() == 0) {
                throw new RuleFailure(RuleFailure.Kind.TIME_LIMIT, "slow", "the rules did not finish");
            }
            return found("ban");
        });
        assertThat(t.fill(List.of(KNOWN), 1, LIMIT)).isFalse();
        assertThat(t.filled()).isEqualTo(3);
        assertThat(t.isComplete(List.of(KNOWN))).isFalse();
        assertThat(t.fill(List.of(KNOWN), 1, LIMIT)).isTrue();
        assertThat(t.filled()).isEqualTo(4);
    }

    @Test
    void aFillNoLongerWantedStopsAtOnceAndLeavesTheRestEmpty() {
        AtomicInteger fired = new AtomicInteger();
        PackTable t = new PackTable("p", AXES, (facts, useDate, known, limit) -> {
            fired.incrementAndGet();
            return found("ban");
        });
        // Wanted for two cells (a newer rule set is served after that): the fill gives up, incomplete.
        assertThat(t.fill(List.of(KNOWN), 1, LIMIT, () -> fired.get() < 2)).isFalse();
        assertThat(fired).hasValue(2);
        assertThat(t.filled()).isEqualTo(2);
        assertThat(t.isComplete(List.of(KNOWN))).isFalse();
    }

    @Test
    void aTableStoredIsReadBackAsBuiltAndATamperedOneIsAMiss(@TempDir Path cacheDir) throws Exception {
        PackTable built = new PackTable("p", AXES, (facts, useDate, known, limit) -> found("ban"));
        built.fill(List.of(KNOWN), 1, LIMIT);
        org.pledgescope.pack.Pack pack =
                new org.pledgescope.pack.Pack("p", "t", "v", "x", List.of(), List.of(), List.of(), List.of(), null);
        TableStore store = new TableStore(CompiledRulesCache.at(cacheDir));
        store.store("p-0123456789abcdef0123456789abcdef", new TableStore.Stored(built, List.of(), Map.of()));

        PackTable read = store.read("p-0123456789abcdef0123456789abcdef", pack)
                .orElseThrow()
                .table();
        assertThat(read.findings(read.outcome(KNOWN, 2, LIMIT))).isEqualTo(found("ban"));
        assertThat(read.axes()).isEqualTo(AXES);
        // No rules at hand: a cell the stored table lacks is said to be missing, never guessed.
        assertThatThrownBy(() -> read.outcome(List.of("s-1", "s-2"), 0, LIMIT))
                .isInstanceOf(PackTable.MissingCell.class);

        Path file = cacheDir.resolve("p-0123456789abcdef0123456789abcdef.table");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        assertThat(store.read("p-0123456789abcdef0123456789abcdef", pack)).isEmpty();
    }
}
