package org.pledgescope.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.pledgescope.pack.SourceFile;

/**
 * A pack's rules as Drools parses them (not as text): each rule's name, file and line, its consequence, and
 * every comparison its conditions make ({@code agencyType == "SHERIFF"}, {@code country memberOf police}),
 * so checks read what Drools will compile and a comment can never trip them.
 */
final class RuleDescriptions {

    /** One parsed rule. */
    record ParsedRule(
            String name,
            SourceFile file,
            int line,
            String consequence,
            List<Comparison> comparisons,
            List<String> expressions,
            Set<String> declaredTypes,
            String clause,
            String question,
            boolean plainConditions) {}

    /** Something a file declares beside its rules: an import or a function, with where it is written. */
    record Declaration(SourceFile file, int line, String text) {}

    /**
     * One comparison in a pattern's constraint: the pattern's type, the left side as written ({@code agencyType},
     * {@code fact("customer.actsFor")}), the operator, and the right side, with whether it is a literal.
     */
    record Comparison(String type, String left, String operator, String right, boolean literal, int line) {
        /** The right side without the quotes of a string literal. */
        String value() {
            return literal && right.length() >= 2 && right.startsWith("\"") && right.endsWith("\"")
                    ? right.substring(1, right.length() - 1)
                    : right;
        }
    }

    private RuleDescriptions() {}

    /**
     * A pack's parsed rules, and what its files declare beside them; {@code complete} when every file parsed (a file
     * that does not is left out, for the compiler to report).
     */
    record Parsed(List<ParsedRule> rules, List<Declaration> imports, List<Declaration> functions, boolean complete) {}

    /** The rules of every file that parses; a file that does not parse is left to the compiler's errors. */
    static Parsed parse(List<SourceFile> files) {
        List<ParsedRule> out = new ArrayList<>();
        List<Declaration> imports = new ArrayList<>();
        List<Declaration> functions = new ArrayList<>();
        boolean complete = true;
        for (SourceFile f : files) {
            PackageDescr pkg;
            try {
                DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
                pkg = parser.parse(false, f.content());
                if (pkg == null || parser.hasErrors()) {
                    complete = false;
                    continue;
                }
            } catch (DroolsParserException | RuntimeException e) {
                complete = false;
                continue;
            }
            boolean packageDialect =
                    pkg.getAttributes().stream().anyMatch(a -> a.getName().equals("dialect"));
            pkg.getImports().forEach(i -> imports.add(new Declaration(f, i.getLine(), i.getTarget())));
            pkg.getFunctions().forEach(fn -> functions.add(new Declaration(f, fn.getLine(), fn.getName())));
            Set<String> declared = new HashSet<>();
            pkg.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName()));
            for (RuleDescr rule : pkg.getRules()) {
                List<Comparison> comparisons = new ArrayList<>();
                List<String> expressions = new ArrayList<>();
                walk(rule.getLhs(), null, comparisons, expressions);
                Object consequence = rule.getConsequence();
                out.add(new ParsedRule(
                        rule.getName(),
                        f,
                        rule.getLine(),
                        consequence == null ? "" : consequence.toString(),
                        List.copyOf(comparisons),
                        List.copyOf(expressions),
                        Set.copyOf(declared),
                        annotation(rule, "clause"),
                        annotation(rule, "question"),
                        !packageDialect && plainAttributes(rule) && plainConditions(rule.getLhs())));
            }
        }
        return new Parsed(List.copyOf(out), List.copyOf(imports), List.copyOf(functions), complete);
    }

    /**
     * Whether a rule's attributes compile alike in either dialect: only attributes that hold a name, a flag or a date
     * (agenda groups, no-loop, …), and a salience or {@code enabled} written as a literal (an expression there is
     * compiled in the rule's dialect); no {@code dialect} of its own, no timer, duration or calendar.
     */
    private static boolean plainAttributes(RuleDescr rule) {
        for (AttributeDescr a : rule.getAttributes().values()) {
            String value = a.getValue() == null ? "" : a.getValue().strip();
            boolean plain = switch (a.getName()) {
                case "salience" -> value.matches("-?\\d+");
                case "enabled" -> value.equals("true") || value.equals("false");
                case "no-loop",
                        "lock-on-active",
                        "auto-focus",
                        "agenda-group",
                        "activation-group",
                        "ruleflow-group",
                        "date-effective",
                        "date-expires" -> true;
                default -> false;
            };
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a rule's conditions compile alike in either dialect: patterns (their constraints are always MVEL) joined
     * by and, or, not and exists; an {@code eval}, a {@code from}, an accumulate or anything else is compiled in the
     * rule's dialect.
     */
    private static boolean plainConditions(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            return p.getSource() == null;
        }
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            return ((ConditionalElementDescr) d).getDescrs().stream().allMatch(RuleDescriptions::plainConditions);
        }
        return false;
    }

    /** A rule's {@code @clause("…")} or {@code @question("…")} value without its quotes; null when absent. */
    private static String annotation(RuleDescr rule, String name) {
        var a = rule.getAnnotation(name);
        if (a == null || a.getValue() == null) {
            return null;
        }
        String s = a.getValue().toString().strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Parsed rules by name (the first of a name wins; duplicates are the compiler's to report). */
    static Map<String, ParsedRule> byName(List<ParsedRule> rules) {
        Map<String, ParsedRule> out = new LinkedHashMap<>();
        rules.forEach(r -> out.putIfAbsent(r.name(), r));
        return out;
    }

    private static void walk(BaseDescr d, String type, List<Comparison> out, List<String> expressions) {
        if (d == null) {
            return;
        }
        if (d instanceof PatternDescr p) {
            // A pattern's line is 1-based, as editors count; a constraint is reported at its pattern's first line.
            walk((BaseDescr) p.getConstraint(), p.getObjectType() + "@" + p.getLine(), out, expressions);
            if (p.getSource() != null) {
                expressions.add(
                        p.getSource().getText() == null ? "" : p.getSource().getText());
            }
            return;
        }
        if (d instanceof ExprConstraintDescr e) {
            expressions.add(e.getExpression());
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr parsed = parser.parse(e.getExpression());
            if (parsed != null && !parser.hasErrors()) {
                int at = type == null ? -1 : type.lastIndexOf('@');
                comparisons(
                        parsed,
                        at < 0 ? type : type.substring(0, at),
                        at < 0 ? e.getLine() : Integer.parseInt(type.substring(at + 1)),
                        out::add);
            }
            return;
        }
        if (d instanceof EvalDescr e) {
            expressions.add(String.valueOf(e.getContent()));
            return;
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, type, out, expressions);
            }
        }
    }

    private static void comparisons(BaseDescr d, String type, int line, Consumer<Comparison> out) {
        if (d instanceof RelationalExprDescr r) {
            if (r.getLeft() instanceof AtomicExprDescr left && r.getRight() instanceof AtomicExprDescr right) {
                String op = (r.isNegated() ? "not " : "") + r.getOperator();
                out.accept(new Comparison(
                        type,
                        left.getExpression().strip(),
                        op,
                        right.getExpression().strip(),
                        right.isLiteral(),
                        line));
            } else {
                comparisons(r.getLeft(), type, line, out);
                comparisons(r.getRight(), type, line, out);
            }
        } else if (d instanceof ConstraintConnectiveDescr c) {
            for (BaseDescr child : c.getDescrs()) {
                comparisons(child, type, line, out);
            }
        }
    }
}
