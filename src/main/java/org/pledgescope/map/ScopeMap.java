package org.pledgescope.map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.verdict.Verdict;

/**
 * A pledge's whole query space at once: every fully known world (one class of each fact, of asKnownOn and of
 * useDate) answered, and grouped into regions that share a verdict, the open questions deciding it and the
 * clauses cited. Exhaustive by construction: the regions partition the worlds of the selection, and
 * {@link #worlds()} counts them.
 */
public record ScopeMap(
        String pledge,
        String rulesetRevision,
        List<AxisView> axes,
        Map<String, String> fixed,
        long worlds,
        boolean exhaustive,
        Map<Verdict, Long> verdicts,
        List<RegionView> regions,
        @JsonIgnore Grid grid,
        @JsonIgnore List<Regions.Box> boxes) {

    /** What to map: the two query dates (null: every class of them) and facts fixed to some of their values. */
    public record Request(LocalDate asKnownOn, LocalDate useDate, Map<String, List<String>> where) {
        public Request {
            where = where == null ? Map.of() : Map.copyOf(where);
        }

        public static Request everything() {
            return new Request(null, null, Map.of());
        }
    }

    /** One axis of the map and its classes, as a reader sees them. */
    public record AxisView(String field, List<String> classes) {}

    /**
     * One region: its worlds share the verdict, the deciding open questions and presumed readings (semantics 8), the
     * clauses and the rules of the reasons; {@code where} gives the classes of each axis the region is limited to (an
     * axis not named: every class of the map). {@code because} is that of one world of it.
     */
    public record RegionView(
            int id,
            Verdict verdict,
            List<String> openQuestions,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> presumed,
            List<String> clauses,
            long worlds,
            Map<String, List<String>> where,
            String because,
            List<String> rules) {}

    /** Maps one pack of a rule set. */
    public static ScopeMap build(RuleSet rules, String pack, Request request) {
        return build(rules, pack, request, new Evaluator(), Cancellation.none());
    }

    static ScopeMap build(RuleSet rules, String pack, Request request, Evaluator evaluator) {
        return build(rules, pack, request, evaluator, Cancellation.none());
    }

    /**
     * Maps one pack of a rule set, each cell answered by {@code evaluator} (its rule time limit), under {@code
     * cancellation} (which may stop it: {@link Cancellation.Stopped}).
     */
    public static ScopeMap build(
            RuleSet rules, String pack, Request request, Evaluator evaluator, Cancellation cancellation) {
        Selection selection = Selection.of(rules, pack, request);
        Grid grid = Grid.evaluate(
                rules,
                pack,
                selection.axes(),
                selection.selected(),
                Grid.groupsOf(rules, pack, selection.axes()),
                evaluator,
                cancellation);
        return of(pack, rules.revision(), grid, selection.fixed());
    }

    static ScopeMap of(String pack, String revision, Grid grid, Map<String, String> fixed) {
        List<WorldAnswer.Label> labels = new ArrayList<>();
        Map<WorldAnswer.Label, Integer> ids = new HashMap<>();
        int[] labelOfAnswer = new int[grid.answers().size()];
        for (int i = 0; i < labelOfAnswer.length; i++) {
            WorldAnswer.Label l = grid.answers().get(i).label();
            labelOfAnswer[i] = ids.computeIfAbsent(l, k -> {
                labels.add(k);
                return labels.size() - 1;
            });
        }
        // Regions sorted by verdict first: relabel in verdict order so the box sort follows it.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> {
            int c = labels.get(x).verdict().compareTo(labels.get(y).verdict());
            return c != 0 ? c : labels.get(x).toString().compareTo(labels.get(y).toString());
        });
        int[] rank = new int[labels.size()];
        for (int i = 0; i < order.size(); i++) {
            rank[order.get(i)] = i;
        }
        List<Regions.Box> boxes = Regions.of(grid, w -> rank[labelOfAnswer[grid.answerId(w)]], w -> true);
        List<RegionView> regions = new ArrayList<>();
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        long covered = 0;
        for (Regions.Box b : boxes) {
            WorldAnswer a = grid.answer(exampleWorld(grid, b));
            regions.add(new RegionView(
                    regions.size() + 1,
                    a.verdict(),
                    a.openQuestions(),
                    a.presumed(),
                    a.clauses(),
                    b.worlds(),
                    where(grid, b),
                    a.because(),
                    a.rules()));
            verdicts.merge(a.verdict(), b.worlds(), Long::sum);
            covered += b.worlds();
        }
        List<AxisView> axes = new ArrayList<>();
        for (int a = 0; a < grid.axes().size(); a++) {
            List<String> classes = new ArrayList<>();
            for (int i : grid.selected()[a]) {
                classes.add(grid.axes().get(a).classes().get(i).label());
            }
            axes.add(new AxisView(Grid.fieldName(grid.axes().get(a)), classes));
        }
        return new ScopeMap(
                pack, revision, axes, fixed, grid.size(), covered == grid.size(), verdicts, regions, grid, boxes);
    }

    /** The first cell of a box (lowest group of each axis). */
    static int exampleWorld(Grid grid, Regions.Box b) {
        int[] c = new int[b.masks().length];
        for (int a = 0; a < c.length; a++) {
            c[a] = Long.numberOfTrailingZeros(b.masks()[a]);
        }
        return grid.cellAt(c);
    }

    /** The classes each axis of a box is limited to, by field; axes the box spans whole are left out. */
    static Map<String, List<String>> where(Grid grid, Regions.Box b) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int a = 0; a < grid.axes().size(); a++) {
            int[] sel = grid.selected()[a];
            if (sel.length == 1 || Long.bitCount(b.masks()[a]) == grid.groups(a)) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            QuerySpace.Axis axis = grid.axes().get(a);
            int runStart = -1;
            for (int i = 0; i <= axis.size(); i++) {
                int g = i < axis.size() ? grid.groupOf(a, i) : -1;
                boolean in = g >= 0 && (b.masks()[a] & (1L << g)) != 0;
                if (in && runStart < 0) {
                    runStart = i;
                } else if (!in && runStart >= 0) {
                    if (axis.kind() == QuerySpace.Kind.DATE) {
                        labels.add(axis.rangeLabel(runStart, i - 1));
                    } else {
                        for (int j = runStart; j < i; j++) {
                            labels.add(axis.classes().get(j).label());
                        }
                    }
                    runStart = -1;
                }
            }
            out.put(Grid.fieldName(grid.axes().get(a)), labels);
        }
        return out;
    }

    /** Findings over the whole space of every pack of a rule set (what {@code validate} and {@code map --lint} print). */
    public static List<LintFinding> lint(RuleSet rules) {
        List<LintFinding> out = new ArrayList<>();
        rules.packIds().forEach(id -> out.addAll(Lint.of(rules, id)));
        return out;
    }

    /** Findings over the whole space of one pack. */
    public static List<LintFinding> lint(RuleSet rules, String pack) {
        return Lint.of(rules, pack);
    }

    /** The number of regions. */
    public int size() {
        return regions.size();
    }

    /**
     * Checks a choice of a heatmap's rows and columns against the facts of a pack's map before it is made (the map
     * takes seconds); a fact the map does not have is a {@link MapException} naming the option and the facts allowed.
     */
    public static void check(RuleSet rules, String pack, HeatmapAxes axes) {
        axes.check(
                pack,
                space(rules, pack).factAxes().stream()
                        .map(QuerySpace.Axis::field)
                        .toList());
    }

    /** Every axis of the space with its classes (before any --where), for reference. */
    static QuerySpace space(RuleSet rules, String pack) {
        if (rules.pack(pack).isEmpty()) {
            throw new MapException("id", "no pledge '" + pack + "'; loaded: " + rules.packIds());
        }
        return rules.space(pack);
    }
}
