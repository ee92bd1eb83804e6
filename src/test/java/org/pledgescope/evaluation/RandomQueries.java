package org.pledgescope.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Statement;
import org.pledgescope.query.OneOf;
import org.pledgescope.query.Query;
import org.pledgescope.vocabulary.Fact;

/**
 * Random queries over a rule set's whole vocabulary: every fact known, known only as a value set, or unknown;
 * any country; dates on random days and on the packs' own edges (a statement's day, a term's last day and the
 * day after); now and then an assumed reading. Deterministic for a seed.
 */
public final class RandomQueries {
    private static final List<String> COUNTRIES = List.of("US", "US", "GB", "FR", "CA", "JP", "DE");
    private final RuleSet rules;
    private final Random random;
    private final List<LocalDate> edges = new ArrayList<>();

    public RandomQueries(RuleSet rules, long seed) {
        this.rules = rules;
        this.random = new Random(seed);
        for (LoadedPack p : rules.packs()) {
            for (Statement s : p.pack().statements()) {
                edges.add(s.published());
                edges.add(s.published().minusDays(1));
                if (s.term() != null) {
                    edges.add(s.term().from());
                    edges.add(s.term().from().minusDays(1));
                    if (s.term().until() != null) {
                        edges.add(s.term().until());
                        edges.add(s.term().until().plusDays(1));
                    }
                }
            }
        }
    }

    public Query next() {
        LoadedPack pack = random.nextInt(20) == 0
                ? null
                : rules.packs().get(random.nextInt(rules.packs().size()));
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Fact f : pack == null
                ? rules.vocabulary().facts()
                : rules.vocabulary().factsOf(pack.pack().id())) {
            if (!f.quantified()) {
                continue;
            }
            int roll = random.nextInt(100);
            if (roll < 12) {
                continue; // unknown
            }
            if (roll < 20 && !f.sets().isEmpty()) {
                List<String> names = new ArrayList<>(f.sets().keySet());
                String set = names.get(random.nextInt(names.size()));
                facts.put(f.path(), new OneOf(set, f.sets().get(set)));
                continue;
            }
            facts.put(
                    f.path(),
                    switch (f.kind()) {
                        case ENUMERATION ->
                            f.valueIds().get(random.nextInt(f.valueIds().size()));
                        case BOOLEAN -> random.nextBoolean();
                        case COUNTRY -> COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                        case DATE -> day();
                        default -> throw new IllegalStateException(f.path());
                    });
        }
        Map<String, String> assume = new LinkedHashMap<>();
        if (pack != null && !pack.pack().questions().isEmpty() && random.nextInt(5) == 0) {
            Pack p = pack.pack();
            OpenQuestion q = p.questions().get(random.nextInt(p.questions().size()));
            assume.put(
                    q.id(),
                    q.readings().get(random.nextInt(q.readings().size())).id());
        }
        return new Query(pack == null ? null : pack.pack().id(), day(), day(), facts, assume);
    }

    private LocalDate day() {
        if (random.nextInt(4) == 0 && !edges.isEmpty()) {
            return edges.get(random.nextInt(edges.size()));
        }
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(12 * 365));
    }
}
