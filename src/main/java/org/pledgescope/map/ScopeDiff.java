package org.pledgescope.map;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.Statement;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Verdict;

/**
 * What an edit moved: every world of a pack's space answered twice — by two rule sets, or by one rule set read as
 * known on two days — and the worlds whose verdict moved grouped into regions, each with its verdict before and
 * after, and the rules and statements responsible (those whose findings differ between the two answers).
 */
public record ScopeDiff(String pledge, String before, String after, long worlds, long moved, List<Move> moves) {

    /** One side of a move: what the world's answer was. */
    public record Side(Verdict verdict, List<String> openQuestions, List<String> clauses, String because) {
        static Side of(WorldAnswer a) {
            return new Side(a.verdict(), a.openQuestions(), a.clauses(), a.because());
        }
    }

    /** A region of worlds whose verdict moved the same way. */
    public record Move(
            int id,
            long worlds,
            Map<String, List<String>> where,
            Side before,
            Side after,
            List<String> rules,
            List<String> statements) {}

    /** Whether any world's verdict moved. */
    public boolean anyMoved() {
        return moved > 0;
    }

    /** Two rule sets over the same pack (the space split by the classes of both), dates as {@code request} says. */
    public static ScopeDiff ofRuleSets(
            RuleSet before, RuleSet after, String pack, ScopeMap.Request request, String beforeName, String afterName) {
        return ofRuleSets(before, after, pack, request, beforeName, afterName, new Evaluator(), Cancellation.none());
    }

    /**
     * As above, each cell answered by {@code evaluator} (its rule time limit), under {@code cancellation} (which may
     * stop it: {@link Cancellation.Stopped}).
     */
    public static ScopeDiff ofRuleSets(
            RuleSet before,
            RuleSet after,
            String pack,
            ScopeMap.Request request,
            String beforeName,
            String afterName,
            Evaluator evaluator,
            Cancellation cancellation) {
        if (before.pack(pack).isEmpty() || after.pack(pack).isEmpty()) {
            throw new MapException(
                    "id",
                    "pledge '" + pack + "' is not in both rule sets; before: " + before.packIds() + ", after: "
                            + after.packIds());
        }
        QuerySpace space = before.space(pack).join(after.space(pack));
        Selection selection = Selection.of(space, before, pack, request);
        int[][] groups = Grid.refine(
                Grid.groupsOf(before, pack, selection.axes()), Grid.groupsOf(after, pack, selection.axes()));
        Grid a = Grid.evaluate(before, pack, selection.axes(), selection.selected(), groups, evaluator, cancellation);
        Grid b = Grid.evaluate(after, pack, selection.axes(), selection.selected(), groups, evaluator, cancellation);
        return compare(
                pack,
                beforeName + " (" + before.revision() + ")",
                afterName + " (" + after.revision() + ")",
                a,
                b,
                Set.of());
    }

    /** One rule set read as known on two days. */
    public static ScopeDiff ofDates(
            RuleSet rules,
            String pack,
            LocalDate asKnownOn,
            LocalDate vs,
            LocalDate useDate,
            Map<String, List<String>> where) {
        return ofDates(rules, pack, asKnownOn, vs, useDate, where, new Evaluator(), Cancellation.none());
    }

    /**
     * As above, each cell answered by {@code evaluator} (its rule time limit), under {@code cancellation} (which may
     * stop it: {@link Cancellation.Stopped}).
     */
    public static ScopeDiff ofDates(
            RuleSet rules,
            String pack,
            LocalDate asKnownOn,
            LocalDate vs,
            LocalDate useDate,
            Map<String, List<String>> where,
            Evaluator evaluator,
            Cancellation cancellation) {
        Selection first = Selection.of(rules, pack, new ScopeMap.Request(asKnownOn, useDate, where));
        Selection second = Selection.of(rules, pack, new ScopeMap.Request(vs, useDate, where));
        int[][] groups = Grid.groupsOf(rules, pack, first.axes());
        Grid a = Grid.evaluate(rules, pack, first.axes(), first.selected(), groups, evaluator, cancellation);
        Grid b = Grid.evaluate(rules, pack, second.axes(), second.selected(), groups, evaluator, cancellation);
        Set<String> between = new TreeSet<>();
        LocalDate from = asKnownOn.isBefore(vs) ? asKnownOn : vs;
        LocalDate to = asKnownOn.isBefore(vs) ? vs : asKnownOn;
        for (Statement s : rules.pack(pack).orElseThrow().pack().statements()) {
            if (s.published().isAfter(from) && !s.published().isAfter(to)) {
                between.add(s.id());
            }
        }
        return compare(pack, "as known on " + asKnownOn, "as known on " + vs, a, b, between);
    }

    private static ScopeDiff compare(
            String pack, String beforeName, String afterName, Grid a, Grid b, Set<String> published) {
        Map<List<Integer>, Integer> pairs = new HashMap<>();
        List<List<Integer>> keys = new ArrayList<>();
        int[] labelOf = new int[a.cells()];
        boolean[] moved = new boolean[a.cells()];
        long count = 0;
        for (int w = 0; w < a.cells(); w++) {
            if (a.answer(w).verdict() != b.answer(w).verdict()) {
                moved[w] = true;
                count += a.weight(w);
                labelOf[w] = pairs.computeIfAbsent(List.of(a.answerId(w), b.answerId(w)), k -> {
                    keys.add(k);
                    return keys.size() - 1;
                });
            }
        }
        // Regions share the verdicts and clauses before and after, not every word of the sentence.
        Map<List<Object>, Integer> labels = new LinkedHashMap<>();
        int[] labelOfPair = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            List<Object> label = List.of(
                    a.answers().get(keys.get(i).get(0)).label(),
                    b.answers().get(keys.get(i).get(1)).label());
            labelOfPair[i] = labels.computeIfAbsent(label, k -> labels.size());
        }
        List<Move> moves = new ArrayList<>();
        for (Regions.Box box : Regions.of(b, w -> labelOfPair[labelOf[w]], w -> moved[w])) {
            int w = ScopeMap.exampleWorld(b, box);
            WorldAnswer before = a.answer(w);
            WorldAnswer after = b.answer(w);
            Set<String> rules = new TreeSet<>();
            Set<String> statements = new TreeSet<>(published);
            differing(before.reasons(), after.reasons(), rules, statements);
            differing(after.reasons(), before.reasons(), rules, statements);
            // Classification rules leave no finding of their own: name those that fired on one side only.
            Set<String> firedA = new TreeSet<>(before.inTerm() && after.inTerm() ? before.rulesFired() : List.of());
            Set<String> firedB = new TreeSet<>(before.inTerm() && after.inTerm() ? after.rulesFired() : List.of());
            firedA.stream().filter(r -> !firedB.contains(r)).forEach(rules::add);
            firedB.stream().filter(r -> !firedA.contains(r)).forEach(rules::add);
            moves.add(new Move(
                    moves.size() + 1,
                    box.worlds(),
                    ScopeMap.where(b, box),
                    Side.of(before),
                    Side.of(after),
                    List.copyOf(rules),
                    List.copyOf(statements)));
        }
        moves.sort((x, y) -> Long.compare(y.worlds(), x.worlds()) != 0
                ? Long.compare(y.worlds(), x.worlds())
                : Integer.compare(x.id(), y.id()));
        List<Move> numbered = new ArrayList<>();
        for (Move m : moves) {
            numbered.add(new Move(
                    numbered.size() + 1, m.worlds(), m.where(), m.before(), m.after(), m.rules(), m.statements()));
        }
        return new ScopeDiff(pack, beforeName, afterName, a.size(), count, numbered);
    }

    private static void differing(List<Reason> mine, List<Reason> theirs, Set<String> rules, Set<String> statements) {
        for (Reason r : mine) {
            boolean same = theirs.stream()
                    .anyMatch(t -> t.rule().equals(r.rule())
                            && t.effect() == r.effect()
                            && Objects.equals(t.clause(), r.clause())
                            && t.dependsOn().equals(r.dependsOn()));
            if (!same) {
                rules.add(r.rule());
                if (r.clause() != null) {
                    statements.add(r.clause().substring(0, r.clause().indexOf('#')));
                }
            }
        }
    }

    public void print(PrintWriter out) {
        out.println("diff of " + pledge + ": " + before + " → " + after);
        out.println(String.format("%,d", worlds) + " worlds compared, all of the space; " + String.format("%,d", moved)
                + (moved == 1 ? " world" : " worlds") + " moved"
                + (moves.isEmpty() ? "." : ", in " + moves.size() + (moves.size() == 1 ? " region." : " regions.")));
        for (Move m : moves) {
            out.println();
            out.println("Moved " + m.id() + "  " + m.before().verdict() + " → "
                    + m.after().verdict() + "  (" + String.format("%,d", m.worlds()) + " worlds)");
            if (m.where().isEmpty()) {
                out.println("  everywhere");
            }
            m.where().forEach((field, classes) -> out.println("  " + field + ": " + String.join(", ", classes)));
            side(out, "before", m.before());
            side(out, "after ", m.after());
            out.println("  rules: " + (m.rules().isEmpty() ? "none" : String.join(", ", m.rules())));
            out.println("  statements: " + (m.statements().isEmpty() ? "none" : String.join(", ", m.statements())));
        }
        out.flush();
    }

    private static void side(PrintWriter out, String name, Side s) {
        out.println("  " + name + ": " + s.verdict() + (s.openQuestions().isEmpty() ? "" : " on " + s.openQuestions())
                + (s.clauses().isEmpty() ? "" : ", citing " + String.join(", ", s.clauses())) + " — " + s.because());
    }
}
