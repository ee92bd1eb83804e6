package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;

/** Packs compiled straight through the engine, and worlds of facts to fire them on. */
final class EngineFixtures {
    private EngineFixtures() {}

    static PackLoader.LoadedPacks read(String fixture) {
        return new PackLoader().load(RulesLocation.resolve(TestRules.packs(fixture)));
    }

    /** The one pack of the {@code valid} fixture: one statement, one rule banning city police use. */
    static Pack minimal() {
        return read("valid").packs().get(0);
    }

    static CompiledPack compile(Path rules, CompiledRulesCache cache) {
        PackLoader.LoadedPacks loaded = new PackLoader().load(RulesLocation.resolve(rules));
        Problems problems = new Problems();
        CompiledPack compiled = new PackCompiler(cache).compile(loaded.packs().get(0), loaded.vocabulary(), problems);
        assertThat(problems.sorted()).isEmpty();
        return compiled;
    }

    /** A city police department's face search in a criminal investigation, in the US. */
    static Map<String, Object> policeUse() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("agency.type", "MUNICIPAL_POLICE");
        facts.put("agency.country", "US");
        facts.put("activity", "USE");
        facts.put("capability", "FACE_COMPARISON");
        facts.put("purpose", "CRIMINAL_INVESTIGATION");
        return facts;
    }

    static Map<String, Object> with(Map<String, Object> facts, String path, Object value) {
        Map<String, Object> out = new LinkedHashMap<>(facts);
        out.put(path, value);
        return out;
    }

    static final LocalDate ANNOUNCED = LocalDate.of(2020, 1, 1);
}
