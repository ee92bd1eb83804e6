package org.pledgescope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryBinder;
import org.pledgescope.verdict.Decision;
import org.pledgescope.vocabulary.Vocabulary;
import org.pledgescope.vocabulary.VocabularyParser;

/** Test fixtures: rule sets compiled once per JVM (a compile takes seconds), and a query builder. */
public final class TestRules {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<Path, RuleSet> CACHE = new ConcurrentHashMap<>();
    private static final Vocabulary VOCABULARY = readVocabulary();

    private static Vocabulary readVocabulary() {
        try {
            Problems problems = new Problems();
            Vocabulary v = new VocabularyParser(problems)
                    .parseFile("rules/vocabulary.yaml", Files.readString(Path.of("rules/vocabulary.yaml")));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.sorted().toString());
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestRules() {}

    /** A directory of test packs under src/test/resources/packs. */
    public static Path packs(String name) {
        return Path.of("src/test/resources/packs", name);
    }

    public static RuleSet load(Path dir) {
        return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new RuleSetLoader(CLOCK).load(d));
    }

    /** Copies the directory tree {@code from} to {@code to} (made if missing): e.g. packs a test then edits. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The packs of {@code dir} loaded afresh (not the rule set other tests share): e.g. to read tables just stored. */
    public static RuleSet reload(Path dir) {
        return new RuleSetLoader(CLOCK).load(dir);
    }

    /** The shipped packs in rules/. */
    public static RuleSet shipped() {
        return load(Path.of("rules"));
    }

    /** Evaluates queries against one rule set. */
    @FunctionalInterface
    public interface Decider {
        Decision evaluate(Query query);
    }

    public static Decider evaluator(RuleSet rules) {
        return evaluator(rules, new Evaluator());
    }

    public static Decider evaluator(RuleSet rules, Evaluator evaluator) {
        return q -> evaluator.evaluate(rules, q);
    }

    /** The shared vocabulary of rules/vocabulary.yaml. */
    public static Vocabulary vocabulary() {
        return VOCABULARY;
    }

    /** A query from JSON text (single quotes allowed for readability in tests), bound to the shared vocabulary. */
    public static Query query(String json) {
        return query(VOCABULARY, json);
    }

    public static Query query(Vocabulary vocabulary, String json) {
        return new QueryBinder(CLOCK).bind(Json.MAPPER.readTree(json.replace('\'', '"')), vocabulary);
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
