package org.pledgescope.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * Every fully known world of a selection of a pack's space, each answered by the evaluator (one query per world,
 * on the representative values of its classes). Worlds are numbered in mixed radix over the selected classes of
 * each axis, the last axis fastest; answers are interned, as worlds share few distinct answers.
 */
final class Grid {
    /** Past this many worlds a map is refused: the caller narrows it with --where or the dates. */
    static final long MAX_WORLDS = 3_000_000;

    private final List<QuerySpace.Axis> axes;
    private final int[][] selected;
    private final int[] answerOf;
    private final List<WorldAnswer> answers;
    private final Cancellation cancellation;

    private Grid(
            List<QuerySpace.Axis> axes,
            int[][] selected,
            int[] answerOf,
            List<WorldAnswer> answers,
            Cancellation cancellation) {
        this.axes = axes;
        this.selected = selected;
        this.answerOf = answerOf;
        this.answers = answers;
        this.cancellation = cancellation;
    }

    static long count(int[][] selected) {
        long n = 1;
        for (int[] s : selected) {
            n *= s.length;
        }
        return n;
    }

    /** Answers every world of {@code selected} (class indices per axis of {@code axes}: asKnownOn, useDate, facts). */
    static Grid evaluate(
            RuleSet rules, String pack, List<QuerySpace.Axis> axes, int[][] selected, Evaluator evaluator) {
        return evaluate(rules, pack, axes, selected, evaluator, Cancellation.none());
    }

    /** As above, checking {@code cancellation} before each world (and handing it every world whose rules failed). */
    static Grid evaluate(
            RuleSet rules,
            String pack,
            List<QuerySpace.Axis> axes,
            int[][] selected,
            Evaluator evaluator,
            Cancellation cancellation) {
        long n = count(selected);
        if (n > MAX_WORLDS) {
            throw new MapException("the selection has " + n + " worlds, over the limit of " + MAX_WORLDS
                    + "; fix some facts with --where or give --as-known-on / --use-date");
        }
        cancellation.admit(n);
        // Worlds are answered in parallel (the evaluator is stateless and thread-safe), then interned in order.
        WorldAnswer[] each = new WorldAnswer[(int) n];
        IntStream.range(0, (int) n).parallel().forEach(w -> {
            cancellation.check();
            int[] c = coordinatesOf(selected, w);
            Map<String, Object> facts = new LinkedHashMap<>();
            for (int a = 2; a < axes.size(); a++) {
                facts.put(axes.get(a).field(), axes.get(a).classes().get(c[a]).value());
            }
            LocalDate known = (LocalDate) axes.get(0).classes().get(c[0]).value();
            LocalDate use = (LocalDate) axes.get(1).classes().get(c[1]).value();
            PledgeResult r = evaluator
                    .evaluate(rules, new Query(pack, use, known, facts, Map.of()))
                    .results()
                    .get(0);
            cancellation.evaluated(r);
            each[w] = WorldAnswer.of(r);
        });
        int[] answerOf = new int[(int) n];
        List<WorldAnswer> answers = new ArrayList<>();
        Map<WorldAnswer, Integer> interned = new HashMap<>();
        for (int w = 0; w < n; w++) {
            Integer id = interned.get(each[w]);
            if (id == null) {
                id = answers.size();
                answers.add(each[w]);
                interned.put(each[w], id);
            }
            answerOf[w] = id;
        }
        return new Grid(axes, selected, answerOf, List.copyOf(answers), cancellation);
    }

    /** What the grid was made under: checked again while its worlds are grouped into regions. */
    Cancellation cancellation() {
        return cancellation;
    }

    List<QuerySpace.Axis> axes() {
        return axes;
    }

    int[][] selected() {
        return selected;
    }

    int size() {
        return answerOf.length;
    }

    WorldAnswer answer(int world) {
        return answers.get(answerOf[world]);
    }

    int answerId(int world) {
        return answerOf[world];
    }

    List<WorldAnswer> answers() {
        return answers;
    }

    /** The class index (into the axis's classes) of each axis in world {@code w}. */
    int[] coordinates(int w) {
        return coordinatesOf(selected, w);
    }

    private static int[] coordinatesOf(int[][] selected, int w) {
        int[] out = new int[selected.length];
        for (int a = selected.length - 1; a >= 0; a--) {
            out[a] = selected[a][w % selected[a].length];
            w /= selected[a].length;
        }
        return out;
    }

    /** The world at the given class indices, or -1 when one of them is not selected. */
    int worldAt(int[] coordinates) {
        int w = 0;
        for (int a = 0; a < axes.size(); a++) {
            int pos = -1;
            for (int i = 0; i < selected[a].length; i++) {
                if (selected[a][i] == coordinates[a]) {
                    pos = i;
                }
            }
            if (pos < 0) {
                return -1;
            }
            w = w * selected[a].length + pos;
        }
        return w;
    }

    static String fieldName(QuerySpace.Axis axis) {
        return axis.field().equals(Vocabulary.AS_KNOWN_ON)
                ? "asKnownOn"
                : axis.field().equals(Vocabulary.USE_DATE) ? "useDate" : axis.field();
    }
}
