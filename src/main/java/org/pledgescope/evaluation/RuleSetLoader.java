package org.pledgescope.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.PackCompiler;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.diagnostics.Problems;

/** Reads, checks and compiles every pack: a complete rule set or a {@link PackLoadException}, never half. */
public final class RuleSetLoader {
    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    public RuleSet load(Path explicitRules) {
        return load(RulesLocation.resolve(explicitRules));
    }

    public RuleSet load(RulesLocation location) {
        return load(location, id -> true);
    }

    /**
     * The rule set of the packs {@code compile} accepts: every pack.yaml is read and checked, only those packs'
     * rules are compiled (a run limited to one pack need not wait for the others).
     */
    public RuleSet load(RulesLocation location, java.util.function.Predicate<String> compile) {
        PackLoader.LoadedPacks all = new PackLoader().load(location);
        PackLoader.LoadedPacks loaded = new PackLoader.LoadedPacks(
                all.packs().stream().filter(p -> compile.test(p.id())).toList(), all.vocabulary(), all.revision(),
                all.notes());
        // Packs compile independently, so they compile in parallel; the result keeps the packs' order.
        List<Problems> problemsPerPack = loaded.packs().stream().map(p -> new Problems()).toList();
        PackCompiler compiler = new PackCompiler();
        List<CompiledPack> compiled = IntStream.range(0, loaded.packs().size()).parallel()
                .mapToObj(i -> compiler.compile(loaded.packs().get(i), loaded.vocabulary(), problemsPerPack.get(i)))
                .toList();
        Problems problems = new Problems();
        problemsPerPack.forEach(p -> problems.addAll(p.sorted()));
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems.sorted());
        }
        return new RuleSet(loaded.revision(), clock.instant(), location.describe(), loaded.vocabulary(),
                List.copyOf(compiled), loaded.notes());
    }
}
