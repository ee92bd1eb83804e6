package org.pledgescope;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgescope.coverage.Evaluator;
import org.pledgescope.coverage.RuleSet;
import org.pledgescope.coverage.RuleSetLoader;
import org.pledgescope.query.QueryBinder;
import org.pledgescope.query.Query;
import org.pledgescope.json.Json;

/** Test fixtures: rule sets compiled once per JVM (a compile takes seconds), and a query builder. */
public final class TestRules {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<Path, RuleSet> CACHE = new ConcurrentHashMap<>();

    private TestRules() {
    }

    /** A directory of test packs under src/test/resources/packs. */
    public static Path packs(String name) {
        return Path.of("src/test/resources/packs", name);
    }

    public static RuleSet load(Path dir) {
        return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new RuleSetLoader(CLOCK).load(d));
    }

    /** The shipped packs in rules/. */
    public static RuleSet shipped() {
        return load(Path.of("rules"));
    }

    public static Evaluator evaluator(RuleSet rules) {
        return new Evaluator(() -> rules);
    }

    /** A query from JSON text (single quotes allowed for readability in tests). */
    public static Query query(String json) {
        return new QueryBinder(CLOCK).bind(Json.MAPPER.readTree(json.replace('\'', '"')));
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
