package org.pledgescope.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.engine.RuleModel;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * Which values of each fact a pack's rules can tell apart, read from the rules themselves ({@link RuleModel}): every
 * comparison of a fact with a value, a list, a value set or the pack's first day is a test; two values that pass the
 * same tests are in one class. A fact no rule reads is one class. Dates are split where the rules compare them with
 * {@code Pledge.announced}.
 *
 * <p>Exact when the rules read a fact only through such tests. A rule that compares a fact with another fact, or binds
 * a fact's value to a variable, reads it some other way; then the pack has no classes and is answered by firing its
 * rules world by world, and {@link Derived#inexact()} says why.
 */
public final class ClassDerivation {
    private ClassDerivation() {}

    /** The classes of each axis (the pack's quantified facts in vocabulary order, then useDate if a rule reads it). */
    public record Derived(List<FactClasses> axes, String inexact) {
        public Derived {
            axes = List.copyOf(axes);
        }

        /** Whether every world of one class gets the same findings (the table can be used). */
        public boolean exact() {
            return inexact == null;
        }
    }

    /**
     * One test of a fact: a part of a constraint that reads only this fact ({@code purpose in ("A", "B")} is one test,
     * not two), passed or failed by each value as a whole.
     */
    private record Test(RuleModel.Constraint part) {}

    /**
     * The classes of the pack whose rules are {@code model}, over its {@code facts} (those it reads), with the
     * vocabulary's value sets and the pack's first day ({@code announced}).
     */
    public static Derived derive(
            RuleModel model, List<Fact> facts, Map<String, List<String>> valueSets, LocalDate announced) {
        Map<String, List<Test>> tests = new LinkedHashMap<>();
        String inexact = null;
        for (RuleModel.Rule rule : model.rules()) {
            Set<String> dayVars = new HashSet<>();
            for (RuleModel.Bound b : rule.bindings()) {
                if (b.type().equals("Pledge")
                        && b.field() instanceof RuleModel.Field f
                        && f.name().equals("announced")) {
                    dayVars.add(b.variable());
                } else if (b.type().equals("Use") && b.field() != null && inexact == null) {
                    inexact = "rule '" + rule.name() + "' binds " + ((RuleModel.Field) b.field()).path() + " to "
                            + b.variable() + ", so its value may be read beyond the rule's tests";
                }
            }
            for (RuleModel.Typed t : rule.comparisons()) {
                if (!t.type().equals("Use")) {
                    continue;
                }
                RuleModel.Compare c = t.compare();
                String path = ((RuleModel.Field) c.left()).path();
                RuleModel.Operand right = c.right();
                if (right instanceof RuleModel.Field other && inexact == null) {
                    inexact = "rule '" + rule.name() + "' compares " + path + " with " + other.path()
                            + " (a fact with another fact)";
                }
                if (right instanceof RuleModel.Var v && !dayVars.contains(v.name()) && inexact == null) {
                    inexact = "rule '" + rule.name() + "' compares " + path + " with " + v.name()
                            + ", which is not the pack's first day";
                }
            }
            rule.when().patterns(p -> {
                if (p.type().equals("Use")) {
                    split(p.constraint(), tests);
                }
            });
        }
        List<FactClasses> axes = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.quantified()) {
                continue;
            }
            axes.add(classes(f, tests.getOrDefault(f.path(), List.of()), valueSets, announced));
        }
        List<Test> useDate = tests.get(Vocabulary.USE_DATE);
        if (useDate != null) {
            axes.add(FactClasses.dates(Vocabulary.USE_DATE, cuts(useDate, announced)));
        }
        for (String path : tests.keySet()) {
            boolean read = path.equals(Vocabulary.USE_DATE)
                    || facts.stream().anyMatch(f -> f.quantified() && f.path().equals(path));
            if (!read && inexact == null) {
                inexact = "the rules read " + path + ", which is not a fact a query can set for this pack";
            }
        }
        return new Derived(axes, inexact);
    }

    /** Adds the tests of {@code c}: each largest part that reads one fact is one test of that fact. */
    private static void split(RuleModel.Constraint c, Map<String, List<Test>> tests) {
        Set<String> paths = new HashSet<>();
        c.comparisons(x -> paths.add(((RuleModel.Field) x.left()).path()));
        if (paths.size() == 1) {
            tests.computeIfAbsent(paths.iterator().next(), k -> new ArrayList<>())
                    .add(new Test(c));
        } else if (c instanceof RuleModel.Both b) {
            b.parts().forEach(part -> split(part, tests));
        } else if (c instanceof RuleModel.Either e) {
            e.parts().forEach(part -> split(part, tests));
        }
    }

    private static FactClasses classes(
            Fact fact, List<Test> tests, Map<String, List<String>> valueSets, LocalDate announced) {
        if (fact.kind() == FactKind.DATE) {
            return FactClasses.dates(fact.path(), cuts(tests, announced));
        }
        boolean booleans = fact.kind() == FactKind.BOOLEAN;
        List<String> domain = new ArrayList<>();
        if (fact.kind() == FactKind.ENUMERATION) {
            domain.addAll(fact.valueIds());
        } else if (booleans) {
            domain.addAll(List.of("true", "false"));
        } else {
            // A country: those the rules name, then any other (ZZ), which passes the tests no named one passes.
            Set<String> named = new TreeSet<>();
            for (Test t : tests) {
                t.part().comparisons(x -> {
                    if (x.right() instanceof RuleModel.Text v) {
                        named.add(v.value());
                    } else if (x.right() instanceof RuleModel.ValueSet set) {
                        named.addAll(valueSets.getOrDefault(set.name(), List.of()));
                    }
                });
            }
            domain.addAll(named);
            domain.add(FactClasses.OTHER_COUNTRY);
        }
        Map<List<Boolean>, List<String>> bySignature = new LinkedHashMap<>();
        for (String v : domain) {
            List<Boolean> signature = new ArrayList<>(tests.size());
            for (Test t : tests) {
                signature.add(passes(v, t, valueSets));
            }
            bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(v);
        }
        List<List<String>> classes = new ArrayList<>(bySignature.values());
        if (fact.kind() != FactKind.COUNTRY) {
            return FactClasses.values(fact.path(), classes, booleans);
        }
        int other = -1;
        List<List<String>> named = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            List<String> members = new ArrayList<>(classes.get(c));
            if (members.remove(FactClasses.OTHER_COUNTRY)) {
                other = c;
                members.add(FactClasses.OTHER_COUNTRY);
            }
            named.add(members);
        }
        return FactClasses.countries(fact.path(), named, other);
    }

    /** Whether value {@code v} passes test {@code t}, as Drools compares it. */
    private static boolean passes(String v, Test t, Map<String, List<String>> valueSets) {
        return passes(v, t.part(), valueSets);
    }

    private static boolean passes(String v, RuleModel.Constraint c, Map<String, List<String>> valueSets) {
        if (c instanceof RuleModel.Both b) {
            return b.parts().stream().allMatch(p -> passes(v, p, valueSets));
        }
        if (c instanceof RuleModel.Either e) {
            return e.parts().stream().anyMatch(p -> passes(v, p, valueSets));
        }
        if (!(c instanceof RuleModel.Compare x)) {
            return true; // a binding tests nothing
        }
        String op = x.operator();
        RuleModel.Operand right = x.right();
        if (right instanceof RuleModel.ValueSet s) {
            boolean in = valueSets.getOrDefault(s.name(), List.of()).contains(v);
            return op.startsWith("not ") != in;
        }
        if (right instanceof RuleModel.Null) {
            return op.equals("!=");
        }
        String other;
        if (right instanceof RuleModel.Text text) {
            other = text.value();
        } else if (right instanceof RuleModel.Bool b) {
            other = String.valueOf(b.value());
        } else {
            return false; // not a test on values (the derivation is marked inexact)
        }
        int cmp = v.compareTo(other);
        return switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            default -> throw new IllegalStateException("operator " + op.toLowerCase(Locale.ROOT));
        };
    }

    /** The days a date fact's tests split it at: each comparison with the pack's first day. */
    private static List<LocalDate> cuts(List<Test> tests, LocalDate announced) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (Test t : tests) {
            t.part().comparisons(x -> {
                if (!(x.right() instanceof RuleModel.Var)) {
                    return;
                }
                switch (x.operator()) {
                    case "<", ">=" -> cuts.add(announced);
                    case "<=", ">" -> cuts.add(announced.plusDays(1));
                    default -> {
                        cuts.add(announced);
                        cuts.add(announced.plusDays(1));
                    }
                }
            });
        }
        return List.copyOf(cuts);
    }
}
