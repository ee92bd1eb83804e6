package org.pledgescope.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;

/**
 * One decision in-process ({@code Evaluator.evaluate}), on 100,000 random distinct queries about Amazon's pack:
 * random use, known and contract days 2019–2026 and every fact at random. {@code known}: every fact given;
 * {@code unknown}: agency type, purpose and the contract date left out (140 worlds each). {@code evaluator}:
 * {@code fast}, the default (findings by class of world), or {@code direct} (the rules fired afresh per world,
 * what every new world cost before the fast path). Run with {@code bench/jmh.sh EvaluateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateBenchmark {
    private static final String PACK = "amazon-rekognition-moratorium";
    private static final String[] AGENCY = {
        "MUNICIPAL_POLICE",
        "SHERIFF",
        "STATE_POLICE",
        "FEDERAL_LAW_ENFORCEMENT",
        "IMMIGRATION_ENFORCEMENT",
        "BORDER_PROTECTION",
        "OTHER_GOVERNMENT",
        "NONPROFIT",
        "COMMERCIAL",
        "RESEARCH"
    };
    private static final String[] ACTIVITY = {"SALE", "RENEWAL", "PILOT", "USE", "SUPPORT", "DEVELOPMENT"};
    private static final String[] CAPABILITY = {
        "FACE_COMPARISON", "FACE_DETECTION", "FACE_ANALYSIS", "OTHER_IMAGE_ANALYSIS"
    };
    private static final String[] PURPOSE = {
        "CRIMINAL_INVESTIGATION",
        "MISSING_PERSONS",
        "HUMAN_TRAFFICKING_VICTIMS",
        "SURVEILLANCE",
        "IMMIGRATION",
        "IDENTITY_VERIFICATION",
        "OTHER"
    };
    private static final String[] COUNTRY = {"US", "US", "GB", "FR", "JP"};

    @Param({"known", "unknown"})
    public String facts;

    @Param({"fast", "direct"})
    public String evaluator;

    private RuleSet rules;
    private Evaluator eval;
    private final List<Query> queries = new ArrayList<>();
    private int next;

    @Setup
    public void load() {
        rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of(System.getProperty("pledgescope.rules", "rules")));
        eval = evaluator.equals("fast") ? new Evaluator() : Evaluator.direct();
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            queries.add(query(random, facts.equals("unknown")));
        }
    }

    static Query query(Random random, boolean unknown) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (!unknown) {
            f.put("agency.type", AGENCY[random.nextInt(AGENCY.length)]);
        }
        f.put("agency.country", COUNTRY[random.nextInt(COUNTRY.length)]);
        f.put("activity", ACTIVITY[random.nextInt(ACTIVITY.length)]);
        f.put("capability", CAPABILITY[random.nextInt(CAPABILITY.length)]);
        if (!unknown) {
            f.put("purpose", PURPOSE[random.nextInt(PURPOSE.length)]);
            f.put("contract.signedOn", day(random));
        }
        return new Query(PACK, day(random), day(random), f, Map.of());
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365));
    }

    @Benchmark
    public Decision decide() {
        Query q = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return eval.evaluate(rules, q);
    }
}
