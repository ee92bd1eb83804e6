package org.pledgescope.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.pack.SourceFile;

/**
 * Packs are data: the subset of DRL a pack may be written in, checked on Drools' parse of every file before anything
 * is compiled. It is an allowlist, not a filter: a rule is a tree of patterns over the engine's fact types (and types
 * the pack declares, without fields) joined by {@code and}, {@code or}, {@code not} and {@code exists}; a constraint
 * compares a field with a literal, a list ({@code in}), a value set ({@code memberOf}), a constant such as
 * {@code Aspect.AGENCY} or a bound variable, joined by {@code &&} and {@code ||}; an action is one of the statements
 * {@link ActionParser} reads; a rule's attributes are literals; its metadata {@code @clause("…")} and
 * {@code @question("…")}. Everything else — {@code eval}, {@code from}, {@code accumulate}, functions, imports,
 * globals, queries, method calls, casts, {@code new} outside an insert, attribute expressions, declared fields and
 * their initialisers, a backslash anywhere (so a {@code \u000a} can never turn a comment into code for the Java
 * compiler) — is refused at its file and line, by every command and by a reload alike. The result is a
 * {@link RuleModel}: what the compiler will compile, as data.
 */
final class RuleAllowlist {
    /** The fact types a pattern may match besides the types a pack declares, with the fields a constraint may read. */
    private static final Map<String, Set<String>> ENGINE_TYPES = Map.of(
            "Use", Set.of(), // any fact of the vocabulary: checked against it by VocabularyCheck
            "Known", Set.of("statement"),
            "Pledge", Set.of("id", "announced"),
            "Scope", Set.of("aspect", "question", "rule"));

    private static final Set<String> CONSTANT_TYPES = Set.of("Aspect");
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "memberOf");
    private static final Set<String> NAMED_ATTRIBUTES = Set.of("agenda-group", "activation-group", "ruleflow-group");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus", "enabled");
    private static final Set<String> METADATA = Set.of("clause", "question");
    private static final String FACTS_IMPORT = "org.pledgescope.engine.facts.*";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern FACT_CALL =
            Pattern.compile("fact\\(\\s*\"([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)*)\"\\s*\\)");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("([A-Z][A-Za-z0-9_]*)\\.([A-Z][A-Z0-9_]*)");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\\\]*\"");

    private final Set<String> valueSets;
    private final Problems problems;
    private final Set<String> declared = new LinkedHashSet<>();
    private final Set<String> refused = new java.util.HashSet<>();
    private String path;

    private RuleAllowlist(Set<String> valueSets, Problems problems) {
        this.valueSets = valueSets;
        this.problems = problems;
    }

    /**
     * The rules of {@code files} as a {@link RuleModel}, every construct outside the subset added to {@code problems};
     * {@code complete} is false when a file could not be parsed (the compiler then reports why).
     */
    record Checked(RuleModel model, boolean complete, java.util.Set<String> refused, int problems) {
        /** Whether the check already refused the rule beginning at {@code line} of {@code file}. */
        boolean refusedAt(String file, int line) {
            return refused.contains(file + ":" + line);
        }
    }

    static Checked check(List<SourceFile> files, Set<String> valueSets, Problems problems) {
        return new RuleAllowlist(valueSets, problems).run(files);
    }

    private int problemsBefore;

    private Checked run(List<SourceFile> files) {
        problemsBefore = problems.sorted().size();
        List<PackageDescr> parsed = new ArrayList<>();
        boolean complete = true;
        for (SourceFile f : files) {
            path = f.path();
            backslashes(f);
            PackageDescr pkg = parse(f);
            parsed.add(pkg);
            if (pkg == null) {
                complete = false;
                continue;
            }
            declarations(pkg);
        }
        List<RuleModel.Rule> rules = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            PackageDescr pkg = parsed.get(i);
            if (pkg == null) {
                continue;
            }
            path = files.get(i).path();
            for (RuleDescr r : pkg.getRules()) {
                RuleModel.Rule rule = rule(files.get(i), r);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        loops(rules);
        return new Checked(
                new RuleModel(rules, List.copyOf(declared)),
                complete,
                Set.copyOf(refused),
                problems.sorted().size() - problemsBefore);
    }

    private static PackageDescr parse(SourceFile f) {
        try {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg = parser.parse(false, f.content());
            return pkg == null || parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private void problem(int line, String message) {
        problems.add(path, line, message);
    }

    /** A backslash starts an escape the Java compiler reads before anything else; DRL here has no use for one. */
    private void backslashes(SourceFile f) {
        String[] lines = f.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\\') >= 0) {
                problem(
                        i + 1,
                        "a backslash: rules here use no escapes (a \\u escape would change what the compiler reads);"
                                + " write the character itself");
            }
        }
    }

    private void declarations(PackageDescr pkg) {
        pkg.getImports().forEach(i -> {
            if (!i.getTarget().equals(FACTS_IMPORT)) {
                problem(
                        i.getLine(),
                        "'import " + i.getTarget() + "': rules need no imports (the engine gives them the facts),"
                                + " and an import would let a rule reach into Java");
            }
        });
        pkg.getFunctionImports().forEach(i -> problem(i.getLine(), "'import function': a pack may not call functions"));
        pkg.getAccumulateImports()
                .forEach(i -> problem(i.getLine(), "'import accumulate': a pack may not declare accumulate functions"));
        pkg.getGlobals()
                .forEach(g -> problem(
                        g.getLine(),
                        "global '" + g.getIdentifier() + "': a pack may not declare globals (the engine gives rules"
                                + " 'outcome' and the vocabulary's value sets)"));
        pkg.getFunctions()
                .forEach(fn -> problem(
                        fn.getLine(),
                        "function '" + fn.getName() + "': a pack may not declare functions; " + ActionParser.ALLOWED));
        pkg.getAttributes()
                .forEach(a -> problem(
                        a.getLine(),
                        "package attribute '" + a.getName() + "': set attributes on rules, and only the literal ones"
                                + " docs/writing-rules.md lists"));
        pkg.getEnumDeclarations()
                .forEach(e -> problem(e.getLine(), "'declare enum': a pack may declare only marker types"));
        pkg.getEntryPointDeclarations()
                .forEach(e -> problem(e.getLine(), "'declare entry-point': rules match the engine's facts only"));
        pkg.getWindowDeclarations()
                .forEach(e -> problem(e.getLine(), "'declare window': rules match the engine's facts only"));
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
            String name = t.getTypeName();
            if (!t.getFields().isEmpty()
                    || !t.getSuperTypes().isEmpty()
                    || !t.getAnnotations().isEmpty()) {
                problem(
                        t.getLine(),
                        "declare '" + name + "': a declared type is a marker — no fields, initialisers, supertype or"
                                + " annotations (write 'declare " + name + " end')");
            }
            if (ENGINE_TYPES.containsKey(name) || !IDENTIFIER.matcher(name).matches()) {
                problem(t.getLine(), "declare '" + name + "': the name is taken by the engine or not a plain name");
                continue;
            }
            declared.add(name);
        }
    }

    private RuleModel.Rule rule(SourceFile file, RuleDescr r) {
        String name = r.getName();
        int line = r.getLine();
        int before = problems.sorted().size();
        String what = "rule '" + name + "'";
        if (r.isQuery()) {
            problem(line, "query '" + name + "': a pack may not declare queries");
            return null;
        }
        if (r.hasParent()) {
            problem(line, what + " extends '" + r.getParentName() + "': write each rule's conditions in full");
        }
        if (!r.getNamedConsequences().isEmpty()) {
            problem(line, what + " has named consequences: a rule has one action");
        }
        attributes(r, what);
        String clause = metadata(r, "clause", what);
        String question = metadata(r, "question", what);
        for (AnnotationDescr a : r.getAnnotations()) {
            if (!METADATA.contains(a.getName())) {
                problem(line, what + ": @" + a.getName() + " is not metadata a rule may carry (@clause, @question)");
            }
        }
        RuleModel.Condition when = condition(r.getLhs(), what, line);
        Object consequence = r.getConsequence();
        ActionParser.Read actions = ActionParser.read(
                consequence == null ? "" : consequence.toString(), actionLine(file, r.getConsequenceLine()));
        for (ActionParser.Refused x : actions.refused()) {
            problem(x.line(), what + ": '" + x.statement() + "' is not an action a rule may take; " + x.why());
        }
        if (when == null || problems.sorted().size() > before) {
            refused.add(path + ":" + line);
            return null;
        }
        RuleModel.Rule rule = new RuleModel.Rule(name, file, line, clause, question, when, actions.actions());
        variables(rule, what);
        if (problems.sorted().size() > before) {
            refused.add(path + ":" + line);
        }
        return rule;
    }

    /**
     * The line where an action's text begins: Drools gives the line of {@code then} and the text without the
     * whitespace after it, which may run onto the next lines.
     */
    private static int actionLine(SourceFile file, int thenLine) {
        String[] lines = file.content().split("\n", -1);
        if (thenLine < 1 || thenLine > lines.length) {
            return thenLine;
        }
        int at = lines[thenLine - 1].indexOf("then");
        int line = thenLine;
        String rest = at < 0 ? "" : lines[thenLine - 1].substring(at + 4);
        while (rest.isBlank() && line < lines.length) {
            rest = lines[line];
            line++;
        }
        return line;
    }

    private void attributes(RuleDescr r, String what) {
        for (AttributeDescr a : r.getAttributes().values()) {
            String value = a.getValue() == null ? "" : a.getValue().strip();
            boolean ok;
            if (a.getName().equals("salience")) {
                ok = INTEGER.matcher(value).matches();
            } else if (FLAG_ATTRIBUTES.contains(a.getName())) {
                ok = value.isEmpty() || value.equals("true") || value.equals("false");
            } else if (NAMED_ATTRIBUTES.contains(a.getName())) {
                ok = IDENTIFIER.matcher(value).matches()
                        || QUOTED.matcher(value).matches()
                        || value.matches("[A-Za-z0-9_ .-]+");
            } else {
                ok = false;
            }
            if (!ok) {
                problem(
                        a.getLine() > 0 ? a.getLine() : r.getLine(),
                        what + ": attribute '" + a.getName() + (value.isEmpty() ? "" : " " + value)
                                + "' is not allowed; a rule may set salience (a whole number), no-loop,"
                                + " lock-on-active, auto-focus and enabled (true or false), and agenda-group,"
                                + " activation-group or ruleflow-group (a name)");
            }
        }
    }

    /** A rule's {@code @clause("…")} or {@code @question("…")}, without quotes; null when absent. */
    private String metadata(RuleDescr r, String key, String what) {
        AnnotationDescr a = r.getAnnotation(key);
        if (a == null) {
            return null;
        }
        Object v = a.getValue();
        String s = v == null ? "" : v.toString().strip();
        Matcher m = STRING.matcher(s);
        if (a.getValueMap().size() != 1 || !m.matches()) {
            problem(r.getLine(), what + ": @" + key + " takes one quoted id, e.g. @" + key + "(\"…\")");
            return null;
        }
        return m.group(1);
    }

    private RuleModel.Condition condition(BaseDescr d, String what, int line) {
        int at = d.getLine() > 0 ? d.getLine() : line;
        if (d instanceof AndDescr and) {
            List<RuleModel.Condition> parts = parts(and.getDescrs(), what, at);
            return parts == null ? null : new RuleModel.All(parts);
        }
        if (d instanceof OrDescr or) {
            List<RuleModel.Condition> parts = parts(or.getDescrs(), what, at);
            return parts == null ? null : new RuleModel.Any(parts);
        }
        if (d instanceof NotDescr not) {
            RuleModel.Condition part = single(not.getDescrs(), what, at);
            return part == null ? null : new RuleModel.Not(part);
        }
        if (d instanceof ExistsDescr exists) {
            RuleModel.Condition part = single(exists.getDescrs(), what, at);
            return part == null ? null : new RuleModel.Exists(part);
        }
        if (d instanceof PatternDescr p) {
            return pattern(p, what, at);
        }
        problem(
                at,
                what + " uses " + construct(d) + ": a condition is patterns over the engine's facts joined by"
                        + " and, or, not and exists");
        return null;
    }

    private static String construct(BaseDescr d) {
        String name = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "eval" -> "eval(…) (it runs code)";
            case "forall" -> "forall";
            case "accumulate" -> "accumulate";
            case "collect" -> "collect";
            case "from" -> "from";
            default -> "'" + name + "'";
        };
    }

    private List<RuleModel.Condition> parts(List<? extends BaseDescr> descrs, String what, int line) {
        List<RuleModel.Condition> out = new ArrayList<>();
        boolean ok = true;
        for (BaseDescr child : descrs) {
            RuleModel.Condition c = condition(child, what, line);
            ok &= c != null;
            out.add(c);
        }
        return ok ? out : null;
    }

    private RuleModel.Condition single(List<? extends BaseDescr> descrs, String what, int line) {
        List<RuleModel.Condition> parts = parts(descrs, what, line);
        if (parts == null) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new RuleModel.All(parts);
    }

    private RuleModel.Condition pattern(PatternDescr p, String what, int line) {
        String type = p.getObjectType();
        if (p.getSource() != null) {
            problem(
                    line,
                    what + " matches " + type + " " + sourceWord(p) + ": a pattern matches the engine's facts"
                            + " only (no from, accumulate, collect or entry-point)");
            return null;
        }
        if (!p.getBehaviors().isEmpty() || !p.getAnnotations().isEmpty() || p.isQuery() || p.isUnification()) {
            problem(
                    line,
                    what + ": pattern " + type + " has windows, annotations or unification, which rules here"
                            + " do not use");
            return null;
        }
        if (!ENGINE_TYPES.containsKey(type) && !declared.contains(type)) {
            problem(
                    line,
                    what + " matches '" + type + "', which is not a fact a rule can match; the facts: Use, Known,"
                            + " Pledge, Scope"
                            + (declared.isEmpty() ? "" : " and the pack's own " + List.copyOf(declared))
                            + " (see docs/writing-rules.md)");
            return null;
        }
        String binding = p.getIdentifier();
        if (binding != null && !VARIABLE.matcher(binding).matches()) {
            problem(line, what + ": bind a pattern to a $name (not '" + binding + "')");
            return null;
        }
        List<RuleModel.Constraint> parts = new ArrayList<>();
        boolean ok = true;
        for (BaseDescr c : p.getDescrs()) {
            if (!(c instanceof ExprConstraintDescr e) || e.getType() != ExprConstraintDescr.Type.NAMED) {
                problem(
                        line,
                        what + ": pattern " + type + " has a positional constraint; name the field (field == value)");
                ok = false;
                continue;
            }
            RuleModel.Constraint parsed = expression(type, e.getExpression(), what, line);
            ok &= parsed != null;
            parts.add(parsed);
        }
        return ok ? new RuleModel.Match(type, binding, new RuleModel.Both(parts), line) : null;
    }

    private static String sourceWord(PatternDescr p) {
        String s = p.getSource().getClass().getSimpleName();
        return s.startsWith("From") ? "from …" : s.replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
    }

    private RuleModel.Constraint expression(String type, String text, String what, int line) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed;
        try {
            parsed = parser.parse(text);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null || parser.hasErrors()) {
            problem(line, what + ": the condition '" + text + "' could not be read as a comparison of facts");
            return null;
        }
        return constraint(type, parsed, text, what, line);
    }

    private RuleModel.Constraint constraint(String type, BaseDescr d, String text, String what, int line) {
        if (d instanceof ConstraintConnectiveDescr c) {
            if (c.isNegated() || (c.getConnective() != ConnectiveType.AND && c.getConnective() != ConnectiveType.OR)) {
                problem(line, what + ": in '" + text + "', join comparisons with && and || only");
                return null;
            }
            List<RuleModel.Constraint> parts = new ArrayList<>();
            boolean ok = true;
            for (BaseDescr child : c.getDescrs()) {
                RuleModel.Constraint x = constraint(type, child, text, what, line);
                ok &= x != null;
                parts.add(x);
            }
            if (!ok) {
                return null;
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return c.getConnective() == ConnectiveType.AND ? new RuleModel.Both(parts) : new RuleModel.Either(parts);
        }
        if (d instanceof BindingDescr b) {
            RuleModel.Operand field = field(type, b.getExpression().strip(), text, what, line);
            if (b.isUnification() || !VARIABLE.matcher(b.getVariable()).matches() || field == null) {
                if (field != null) {
                    problem(line, what + ": in '" + text + "', bind a field as $name : field");
                }
                return null;
            }
            return new RuleModel.Bind(b.getVariable(), field);
        }
        if (d instanceof RelationalExprDescr r) {
            String op = r.getOperator();
            if (!OPERATORS.contains(op)
                    || r.getParameters() != null && !r.getParameters().isEmpty()
                    || r.isNegated() && !op.equals("memberOf")) {
                problem(
                        line,
                        what + ": in '" + text + "', the operator '" + (r.isNegated() ? "not " : "") + op
                                + "' is not allowed; compare with ==, !=, <, <=, >, >=, in, not in, memberOf or not memberOf");
                return null;
            }
            if (!(r.getLeft() instanceof AtomicExprDescr left) || !(r.getRight() instanceof AtomicExprDescr right)) {
                problem(line, what + ": in '" + text + "', compare a field with a value, not an expression");
                return null;
            }
            RuleModel.Operand l = field(type, left.getExpression().strip(), text, what, line);
            if (l == null) {
                return null;
            }
            RuleModel.Operand rv = value(type, right.getExpression().strip(), op.equals("memberOf"), text, what, line);
            if (rv == null) {
                return null;
            }
            return new RuleModel.Compare(l, (r.isNegated() ? "not " : "") + op, rv);
        }
        problem(line, what + ": '" + text + "' is not a comparison of facts");
        return null;
    }

    /** The left side of a comparison (or a bound field): a field of the pattern's type, or fact("path") on Use. */
    private RuleModel.Operand field(String type, String s, String text, String what, int line) {
        if (type.equals("Use")) {
            Matcher m = FACT_CALL.matcher(s);
            if (m.matches()) {
                return new RuleModel.Field(s, m.group(1));
            }
            if (IDENTIFIER.matcher(s).matches()) {
                String path = Use.FIELDS.get(s);
                return new RuleModel.Field(s, path != null ? path : s);
            }
        } else if (IDENTIFIER.matcher(s).matches()
                && ENGINE_TYPES.getOrDefault(type, Set.of()).contains(s)) {
            return new RuleModel.Field(s, s);
        } else if (IDENTIFIER.matcher(s).matches()) {
            problem(
                    line,
                    what + ": " + type + " has no field '" + s + "'"
                            + (ENGINE_TYPES.containsKey(type) ? "; its fields: " + ENGINE_TYPES.get(type) : ""));
            return null;
        }
        refuseOperand(s, text, what, line);
        return null;
    }

    /** The right side of a comparison: a literal, a value set (after memberOf), a constant, a variable or a field. */
    private RuleModel.Operand value(String type, String s, boolean member, String text, String what, int line) {
        if (member) {
            if (IDENTIFIER.matcher(s).matches() && valueSets.contains(s)) {
                return new RuleModel.ValueSet(s);
            }
            problem(
                    line,
                    what + ": in '" + text + "', memberOf takes a value set of the vocabulary; '" + s
                            + "' is not one (sets: " + List.copyOf(valueSets) + ")");
            return null;
        }
        Matcher str = STRING.matcher(s);
        if (str.matches()) {
            return new RuleModel.Text(str.group(1));
        }
        if (s.equals("true") || s.equals("false")) {
            return new RuleModel.Bool(Boolean.parseBoolean(s));
        }
        if (s.equals("null")) {
            return new RuleModel.Null();
        }
        if (VARIABLE.matcher(s).matches()) {
            return new RuleModel.Var(s);
        }
        Matcher c = CONSTANT.matcher(s);
        if (c.matches() && CONSTANT_TYPES.contains(c.group(1))) {
            return new RuleModel.Constant(c.group(1), c.group(2));
        }
        if (s.matches("[A-Z][A-Z0-9_]*")) {
            problem(
                    line,
                    what + ": in '" + text + "', " + s + " is not quoted: write a value in double quotes (\"" + s
                            + "\")");
            return null;
        }
        if (IDENTIFIER.matcher(s).matches() && !valueSets.contains(s)) {
            return field(type, s, text, what, line);
        }
        if (IDENTIFIER.matcher(s).matches()) {
            problem(line, what + ": in '" + text + "', the value set '" + s + "' goes after memberOf");
            return null;
        }
        refuseOperand(s, text, what, line);
        return null;
    }

    private void refuseOperand(String s, String text, String what, int line) {
        String reason;
        if (s.contains("(")) {
            String call = s.replaceAll("\\s", "");
            int paren = call.indexOf('(');
            reason = "calls " + call.substring(0, paren) + "(…) in a condition: a condition may only compare facts (and"
                    + " read fact(\"path\"))";
        } else if (s.startsWith("'")) {
            reason = "uses single quotes: write a value in double quotes (\"SHERIFF\")";
        } else {
            reason = "'" + s + "' is not a fact, a value, a value set or a bound variable: a condition compares a fact"
                    + " with a value (\"SHERIFF\"), a list (in (…)), a value set (memberOf police), a constant"
                    + " (Aspect.AGENCY) or a bound variable ($announced)";
        }
        problem(line, what + ": in '" + text + "', " + reason);
    }

    /**
     * Rules that feed on each other's facts are refused: a rule that inserts a fact another rule matches (or deletes one
     * another rule requires to be absent), around a cycle back to itself, could fire without end. Without such a cycle
     * every rule fires a bounded number of times, so every world's rules terminate.
     */
    private void loops(List<RuleModel.Rule> rules) {
        Map<String, Set<String>> positive = new java.util.HashMap<>();
        Map<String, Set<String>> negative = new java.util.HashMap<>();
        for (RuleModel.Rule r : rules) {
            Set<String> pos = new java.util.HashSet<>();
            Set<String> neg = new java.util.HashSet<>();
            types(r.when(), false, pos, neg);
            positive.put(r.name(), pos);
            negative.put(r.name(), neg);
        }
        Map<String, List<String>> next = new java.util.LinkedHashMap<>();
        for (RuleModel.Rule r : rules) {
            Set<String> inserts = new java.util.HashSet<>();
            Set<String> deletes = new java.util.HashSet<>();
            Map<String, String> typeOf = new java.util.HashMap<>();
            r.bindings().forEach(b -> {
                if (b.field() == null) {
                    typeOf.put(b.variable(), b.type());
                }
            });
            for (RuleModel.Action a : r.then()) {
                // A logical insert is retracted when its rule's match ends: it deletes as well as inserts.
                if (a instanceof RuleModel.Classify c) {
                    inserts.add("Scope");
                    if (c.logical()) {
                        deletes.add("Scope");
                    }
                } else if (a instanceof RuleModel.Create c) {
                    inserts.add(c.type());
                    if (c.logical()) {
                        deletes.add(c.type());
                    }
                } else if (a instanceof RuleModel.Remove x && typeOf.containsKey(x.variable())) {
                    deletes.add(typeOf.get(x.variable()));
                }
            }
            List<String> out = new ArrayList<>();
            for (RuleModel.Rule other : rules) {
                boolean fed = inserts.stream().anyMatch(positive.get(other.name())::contains)
                        || deletes.stream().anyMatch(negative.get(other.name())::contains);
                if (fed) {
                    out.add(other.name());
                }
            }
            next.put(r.name(), out);
        }
        Set<String> reported = new java.util.HashSet<>();
        for (RuleModel.Rule r : rules) {
            List<String> cycle = cycleFrom(r.name(), next);
            if (cycle != null && reported.add(new java.util.TreeSet<>(cycle).toString())) {
                path = r.file().path();
                problem(
                        r.line(),
                        "rule '" + r.name() + "' feeds on facts it makes: " + String.join(" → ", cycle)
                                + "; rules whose inserts (or deletes) set each other off in a cycle could fire without"
                                + " end (match a fact, or guard with not, so that the cycle ends)");
            }
        }
    }

    /** A path from {@code start} back to itself, or null. */
    private static List<String> cycleFrom(String start, Map<String, List<String>> next) {
        java.util.ArrayDeque<List<String>> todo = new java.util.ArrayDeque<>();
        Set<String> seen = new java.util.HashSet<>();
        todo.add(List.of(start));
        while (!todo.isEmpty()) {
            List<String> route = todo.poll();
            for (String n : next.getOrDefault(route.get(route.size() - 1), List.of())) {
                List<String> longer = new ArrayList<>(route);
                longer.add(n);
                if (n.equals(start)) {
                    return longer;
                }
                if (seen.add(n)) {
                    todo.add(longer);
                }
            }
        }
        return null;
    }

    /** The fact types a condition matches where it holds ({@code positive}) or where it must not ({@code negative}). */
    private static void types(RuleModel.Condition c, boolean negated, Set<String> positive, Set<String> negative) {
        if (c instanceof RuleModel.Match m) {
            (negated ? negative : positive).add(m.type());
        } else if (c instanceof RuleModel.All a) {
            a.parts().forEach(p -> types(p, negated, positive, negative));
        } else if (c instanceof RuleModel.Any a) {
            a.parts().forEach(p -> types(p, negated, positive, negative));
        } else if (c instanceof RuleModel.Not n) {
            types(n.part(), !negated, positive, negative);
        } else if (c instanceof RuleModel.Exists e) {
            types(e.part(), negated, positive, negative);
        }
    }

    /** Every variable an action or a comparison uses is bound; an action reports only scopes and removes only patterns. */
    private void variables(RuleModel.Rule rule, String what) {
        Map<String, RuleModel.Bound> bound = new java.util.HashMap<>();
        rule.bindings().forEach(b -> bound.putIfAbsent(b.variable(), b));
        for (RuleModel.Typed t : rule.comparisons()) {
            if (t.compare().right() instanceof RuleModel.Var v && !bound.containsKey(v.name())) {
                problem(t.line(), what + ": " + v.name() + " is not bound by a pattern of this rule");
            }
        }
        for (RuleModel.Action a : rule.then()) {
            if (a instanceof RuleModel.Report r) {
                for (String s : r.scopes()) {
                    RuleModel.Bound b = bound.get(s);
                    if (b == null || b.field() != null || !b.type().equals("Scope")) {
                        problem(
                                r.line(),
                                what + ": outcome." + r.kind() + "(" + s + "): pass the scopes the rule"
                                        + " matched ($agency : Scope(…))");
                    }
                }
            } else if (a instanceof RuleModel.Remove r) {
                RuleModel.Bound b = bound.get(r.variable());
                if (b == null || b.field() != null) {
                    problem(r.line(), what + ": delete(" + r.variable() + "): delete a fact the rule matched");
                }
            } else if (a instanceof RuleModel.Create c && !declared.contains(c.type())) {
                problem(
                        c.line(),
                        what + " creates a " + c.type() + ": an action may only create types the pack declares ("
                                + (declared.isEmpty() ? "none" : List.copyOf(declared)) + ")");
            } else if (a instanceof RuleModel.Classify c
                    && java.util.Arrays.stream(org.pledgescope.engine.facts.Aspect.values())
                            .noneMatch(x -> x.name().equals(c.aspect()))) {
                problem(
                        c.line(),
                        what + ": Aspect." + c.aspect() + " is not an aspect; aspects: "
                                + List.of(org.pledgescope.engine.facts.Aspect.values()));
            }
        }
    }
}
