package org.pledgescope.engine.tables;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.VerdictResolver;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;
import org.pledgescope.vocabulary.FactValue;

/**
 * Random queries over one pack's facts, for differential tests: every fact the pack reads is given a random value
 * (sometimes a value set's name), or left out (unknown); dates fall on either side of every statement; some open
 * questions are assumed. A fixed seed makes a run repeatable.
 */
public final class RandomQueries {
    private static final List<String> COUNTRIES = List.of("US", "GB", "CA", "DE", "IN");
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 365 * 8;

    private final Random random;
    private final List<Fact> facts;
    private final Pack pack;

    public RandomQueries(RuleSet rules, String packId, long seed) {
        this.random = new Random(seed);
        this.pack = rules.pack(packId).orElseThrow().pack();
        this.facts = rules.vocabulary().factsOf(packId).stream()
                .filter(f -> f.kind() != FactKind.TEXT && !f.isQueryDate())
                .toList();
    }

    /** The next query, as JSON text. */
    public String next() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pledge", pack.id());
        root.put("useDate", day().toString());
        root.put("asKnownOn", day().toString());
        for (Fact f : facts) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            put(root, f.path(), value(f));
        }
        Map<String, String> assume = new LinkedHashMap<>();
        for (OpenQuestion q : pack.questions()) {
            if (random.nextInt(3) == 0) {
                assume.put(
                        q.id(),
                        q.readings().get(random.nextInt(q.readings().size())).id());
            }
        }
        if (!assume.isEmpty()) {
            root.put("assume", assume);
        }
        return Json.MAPPER.writeValueAsString(root);
    }

    private LocalDate day() {
        return FIRST.plusDays(random.nextInt(DAYS));
    }

    private Object value(Fact f) {
        return switch (f.kind()) {
            case ENUMERATION -> {
                List<String> sets = new ArrayList<>(f.sets().keySet());
                if (!sets.isEmpty() && random.nextInt(8) == 0) {
                    yield sets.get(random.nextInt(sets.size()));
                }
                List<FactValue> values = f.values();
                yield values.get(random.nextInt(values.size())).id();
            }
            case COUNTRY -> COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            case BOOLEAN -> random.nextBoolean();
            case DATE -> day().toString();
            case TEXT -> "text";
        };
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(parts[parts.length - 1], value);
    }

    /**
     * The queries (of {@code count}) on which two rule sets answer differently for the pack, each with both
     * answers; a query both refuse alike counts as equal.
     */
    public static List<String> differences(RuleSet a, RuleSet b, String packId, int count, long seed) {
        RandomQueries queries = new RandomQueries(a, packId, seed);
        Evaluator evaluator = patientEvaluator();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String json = queries.next();
            Object left = answer(a, json, evaluator);
            Object right = answer(b, json, evaluator);
            if (!left.equals(right) && out.size() < 10) {
                out.add(json + "\n  " + left + "\n  " + right);
            } else if (!left.equals(right)) {
                out.add(json);
            }
        }
        return out;
    }

    /** An evaluator with no time limit that a busy machine could trip on one side of a comparison and not the other. */
    public static Evaluator patientEvaluator() {
        return new Evaluator(Evaluator.DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT, Duration.ofHours(1));
    }

    private static Object answer(RuleSet rules, String json, Evaluator evaluator) {
        try {
            Query q = TestRules.query(rules.vocabulary(), json);
            List<PledgeResult> results = evaluator.evaluate(rules, q).results();
            return results;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
