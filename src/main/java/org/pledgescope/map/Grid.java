package org.pledgescope.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pledgescope.evaluation.CellKeys;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * Every fully known world of a selection of a pack's space, answered. The space is shown value by value (each
 * agency type, each capability …), but the pack's rules tell only some values apart ({@link RuleSet#classesOf}): the
 * grid groups each axis's classes into the groups its rules distinguish and answers one world per combination of
 * groups, on the representative values of the first class of each group. Readers see both: {@link #size()} worlds of
 * classes (what a map counts and draws), {@link #cells()} cells of groups (what is answered and merged into regions).
 *
 * <p>Cells are numbered in mixed radix over the groups of each axis, the last axis fastest; answers are interned, as
 * cells share few distinct answers.
 */
final class Grid {
    /** Past this many cells a map is refused: the caller narrows it with --where or the dates. */
    static final long MAX_CELLS = 3_000_000;

    private final List<QuerySpace.Axis> axes;
    private final int[][] selected;
    private final int[][] groupOf;
    private final int[][] groupSizes;
    private final int[] groups;
    private final int[] answerOf;
    private final List<WorldAnswer> answers;
    private final long size;
    private final Cancellation cancellation;

    private Grid(
            List<QuerySpace.Axis> axes,
            int[][] selected,
            int[][] groupOf,
            int[][] groupSizes,
            int[] answerOf,
            List<WorldAnswer> answers,
            Cancellation cancellation) {
        this.axes = axes;
        this.selected = selected;
        this.groupOf = groupOf;
        this.groupSizes = groupSizes;
        this.groups = new int[axes.size()];
        for (int a = 0; a < axes.size(); a++) {
            groups[a] = groupSizes[a].length;
        }
        this.size = count(selected);
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

    /**
     * How {@code rules} group each axis's classes: {@code out[a][c]} is the group of class {@code c} of axis {@code a}
     * (classes of one group are told apart by no rule of the pack).
     */
    static int[][] groupsOf(RuleSet rules, String pack, List<QuerySpace.Axis> axes) {
        return rules.classesOf(pack, axes);
    }

    /** Groups that split the classes wherever either grouping does (for comparing two rule sets cell by cell). */
    static int[][] refine(int[][] g1, int[][] g2) {
        int[][] out = new int[g1.length][];
        for (int a = 0; a < g1.length; a++) {
            Map<Long, Integer> ids = new HashMap<>();
            out[a] = new int[g1[a].length];
            for (int c = 0; c < g1[a].length; c++) {
                long key = ((long) g1[a][c] << 32) | (g2[a][c] & 0xffffffffL);
                out[a][c] = ids.computeIfAbsent(key, k -> ids.size());
            }
        }
        return out;
    }

    /**
     * Answers every cell of {@code selected} (class indices per axis of {@code axes}: asKnownOn, useDate, facts), with
     * classes grouped as {@code groupOf} says, checking {@code cancellation} before each cell (and handing it every cell
     * whose rules failed).
     */
    static Grid evaluate(
            RuleSet rules,
            String pack,
            List<QuerySpace.Axis> axes,
            int[][] selected,
            int[][] groupOf,
            Evaluator evaluator,
            Cancellation cancellation) {
        // The groups of each axis among the selected classes, in the order their first class is selected.
        int[][] localGroup = new int[axes.size()][];
        int[][] firstOf = new int[axes.size()][];
        int[][] sizes = new int[axes.size()][];
        int[] groups = new int[axes.size()];
        long cells = 1;
        for (int a = 0; a < axes.size(); a++) {
            Map<Integer, Integer> local = new LinkedHashMap<>();
            localGroup[a] = new int[axes.get(a).size()];
            java.util.Arrays.fill(localGroup[a], -1);
            for (int c : selected[a]) {
                localGroup[a][c] = local.computeIfAbsent(groupOf[a][c], k -> local.size());
            }
            groups[a] = local.size();
            firstOf[a] = new int[groups[a]];
            sizes[a] = new int[groups[a]];
            java.util.Arrays.fill(firstOf[a], -1);
            for (int c : selected[a]) {
                int g = localGroup[a][c];
                if (firstOf[a][g] < 0) {
                    firstOf[a][g] = c;
                }
                sizes[a][g]++;
            }
            cells *= groups[a];
        }
        if (cells > MAX_CELLS) {
            throw new MapException("the selection has " + cells + " cells of worlds the rules tell apart, over the"
                    + " limit of " + MAX_CELLS + "; fix some facts with --where or give --as-known-on / --use-date");
        }
        cancellation.admit(cells);
        int n = (int) cells;
        if (!cancellation.bounded()) {
            rules.completeTable(pack); // on every core, stored for the next run; a service's map fills what it reaches
        }
        // Many cells get the same answer (they differ only in facts the table lumps together): each cell's key is found
        // in parallel, each distinct key answered once, on its first cell; answers are then interned in cell order.
        Object[] keys = new Object[n];
        CellKeys cellKeys = evaluator.cellKeys(rules, pack);
        if (cellKeys != null) {
            // Each group's part in the table's number of a world, then each cell's key from its parts.
            int[][] parts = new int[axes.size()][];
            for (int a = 2; a < axes.size(); a++) {
                parts[a] = new int[groups[a]];
                for (int g = 0; g < groups[a]; g++) {
                    parts[a][g] = cellKeys.part(
                            axes.get(a).field(),
                            axes.get(a).classes().get(firstOf[a][g]).value());
                }
            }
            int facts = n / (groups[0] * groups[1]);
            IntStream.range(0, groups[0] * groups[1]).parallel().forEach(days -> {
                cancellation.check();
                int[] g = coordinatesOf(groups, days * facts);
                CellKeys.OnDays on = cellKeys.on(
                        (LocalDate) axes.get(0).classes().get(firstOf[0][g[0]]).value(),
                        (LocalDate) axes.get(1).classes().get(firstOf[1][g[1]]).value());
                for (int w = days * facts; w < (days + 1) * facts; w++) {
                    if ((w & 255) == 0) {
                        cancellation.check(); // a key may fire the rules, where the table has no entry yet
                    }
                    int[] c = coordinatesOf(groups, w);
                    int world = 0;
                    for (int a = 2; a < c.length && world >= 0; a++) {
                        int p = parts[a][c[a]];
                        world = p == CellKeys.NONE ? CellKeys.NONE : world + p;
                    }
                    Object key = on.key(world);
                    keys[w] = key != null ? key : new OwnKey(w);
                }
            });
        } else {
            IntStream.range(0, n).forEach(w -> keys[w] = new OwnKey(w));
        }
        // Keys numbered in order of their first cell; each answered once, in parallel, on that cell.
        Map<Object, Integer> keyIds = new HashMap<>();
        List<Integer> firstCells = new ArrayList<>();
        int[] keyOf = new int[n];
        for (int w = 0; w < n; w++) {
            Integer id = keyIds.get(keys[w]);
            if (id == null) {
                id = firstCells.size();
                keyIds.put(keys[w], id);
                firstCells.add(w);
            }
            keyOf[w] = id;
        }
        WorldAnswer[] ofKey = new WorldAnswer[firstCells.size()];
        IntStream.range(0, ofKey.length).parallel().forEach(k -> {
            cancellation.check();
            PledgeResult r = evaluator
                    .evaluate(rules, query(axes, firstOf, groups, pack, firstCells.get(k)))
                    .results()
                    .get(0);
            cancellation.evaluated(r);
            ofKey[k] = WorldAnswer.of(r);
        });
        // Answers interned in order of their first cell (keys are numbered so, and distinct keys may share an answer).
        int[] answerOfKey = new int[ofKey.length];
        List<WorldAnswer> answers = new ArrayList<>();
        Map<WorldAnswer, Integer> interned = new HashMap<>();
        for (int k = 0; k < ofKey.length; k++) {
            answerOfKey[k] = interned.computeIfAbsent(ofKey[k], x -> {
                answers.add(x);
                return answers.size() - 1;
            });
        }
        int[] answerOf = new int[n];
        for (int w = 0; w < n; w++) {
            answerOf[w] = answerOfKey[keyOf[w]];
        }
        return new Grid(axes, selected, localGroup, sizes, answerOf, List.copyOf(answers), cancellation);
    }

    /** The query of cell {@code w}: the representative values of the first class of each of its groups. */
    private static Query query(List<QuerySpace.Axis> axes, int[][] firstOf, int[] groups, String pack, int w) {
        int[] g = coordinatesOf(groups, w);
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int a = 2; a < axes.size(); a++) {
            facts.put(
                    axes.get(a).field(),
                    axes.get(a).classes().get(firstOf[a][g[a]]).value());
        }
        LocalDate known =
                (LocalDate) axes.get(0).classes().get(firstOf[0][g[0]]).value();
        LocalDate use = (LocalDate) axes.get(1).classes().get(firstOf[1][g[1]]).value();
        return new Query(pack, use, known, facts, Map.of());
    }

    /** The key of a cell the evaluator gives no key for: answered on its own. */
    private record OwnKey(int cell) {}

    /** What the grid was made under: checked again while its cells are grouped into regions. */
    Cancellation cancellation() {
        return cancellation;
    }

    List<QuerySpace.Axis> axes() {
        return axes;
    }

    int[][] selected() {
        return selected;
    }

    /** The number of worlds of classes the grid covers (the product of the selected classes of every axis). */
    long size() {
        return size;
    }

    /** The number of cells (the product of the groups of every axis). */
    int cells() {
        return answerOf.length;
    }

    /** The number of groups of axis {@code a}. */
    int groups(int a) {
        return groups[a];
    }

    /** The group of class {@code c} of axis {@code a}, or -1 when the class is not selected. */
    int groupOf(int a, int c) {
        return groupOf[a][c];
    }

    /** How many selected classes of axis {@code a} group {@code g} holds. */
    int groupSize(int a, int g) {
        return groupSizes[a][g];
    }

    /** The worlds of classes a cell stands for: the product of its groups' sizes. */
    long weight(int cell) {
        int[] g = coordinates(cell);
        long w = 1;
        for (int a = 0; a < g.length; a++) {
            w *= groupSizes[a][g[a]];
        }
        return w;
    }

    WorldAnswer answer(int cell) {
        return answers.get(answerOf[cell]);
    }

    int answerId(int cell) {
        return answerOf[cell];
    }

    List<WorldAnswer> answers() {
        return answers;
    }

    /** The group of each axis in cell {@code cell}. */
    int[] coordinates(int cell) {
        return coordinatesOf(groups, cell);
    }

    private static int[] coordinatesOf(int[] groups, int w) {
        int[] out = new int[groups.length];
        for (int a = groups.length - 1; a >= 0; a--) {
            out[a] = w % groups[a];
            w /= groups[a];
        }
        return out;
    }

    /** The cell of the given groups. */
    int cellAt(int[] groupsOfAxes) {
        int w = 0;
        for (int a = 0; a < axes.size(); a++) {
            w = w * groups[a] + groupsOfAxes[a];
        }
        return w;
    }

    /** The cell holding the world of the given class indices, or -1 when one of them is not selected. */
    int cellOfClasses(int[] classes) {
        int[] g = new int[classes.length];
        for (int a = 0; a < classes.length; a++) {
            g[a] = groupOf[a][classes[a]];
            if (g[a] < 0) {
                return -1;
            }
        }
        return cellAt(g);
    }

    static String fieldName(QuerySpace.Axis axis) {
        return axis.field().equals(Vocabulary.AS_KNOWN_ON)
                ? "asKnownOn"
                : axis.field().equals(Vocabulary.USE_DATE) ? "useDate" : axis.field();
    }
}
