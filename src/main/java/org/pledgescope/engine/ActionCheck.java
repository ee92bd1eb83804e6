package org.pledgescope.engine;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgescope.diagnostics.Problems;

/**
 * What a pack's rules may do, checked on Drools' parsed rules (not on the file's text): a pack is code that the
 * service runs, so an action may only report through {@code outcome} and insert, update or delete facts, and a
 * condition may only compare facts. No imports beyond the engine's facts, no functions, no calls into Java: a
 * rule cannot run a process, read a file, stop the service or read its command line. See docs/api.md, "Packs
 * are code".
 */
final class ActionCheck {
    private static final Set<String> OUTCOME_CALLS = Set.of("inScope", "prohibits", "exempts", "open", "limits");
    private static final Set<String> WORKING_MEMORY_CALLS =
            Set.of("insert", "insertLogical", "update", "delete", "retract");
    private static final String ALLOWED = "a rule action may only call outcome.inScope/prohibits/exempts/open/limits"
            + " and insert, update or delete facts";
    /** A call in a condition: a name, possibly dotted, followed by an opening parenthesis. */
    private static final Pattern CALL = Pattern.compile("([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*\\(");

    /** An argument of a plain action: a bound variable, a constant ({@code Aspect.PLACE}) or a string without escapes. */
    private static final String ARG = "(?:\\$?[A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)*|\"[^\"\\\\]*\")";

    /**
     * An argument that means the same to Java and to MVEL: a bound variable ({@code $agency}, no field read: MVEL
     * reads {@code $agency.aspect} through a getter where Java refuses a private field), a constant of a type
     * ({@code Aspect.PLACE}) or a string without escapes.
     */
    private static final String NEUTRAL_ARG = "(?:\\$[A-Za-z_][\\w$]*|[A-Z][\\w$]*\\.[A-Z][A-Z0-9_]*|\"[^\"\\\\]*\")";

    /**
     * One statement of a plain action — {@code outcome.prohibits($agency);}, {@code insert(outcome.inScope(Aspect.X));},
     * {@code insert(new Declared());}, {@code delete($fact);} — with the names it calls in groups: the outcome call, or
     * the working-memory call with the outcome call or the type created inside it.
     */
    private static final Pattern PLAIN_STATEMENT = statement(ARG);

    /** {@link #PLAIN_STATEMENT} with only {@link #NEUTRAL_ARG} arguments. */
    private static final Pattern NEUTRAL_STATEMENT = statement(NEUTRAL_ARG);

    private static final Set<String> CONDITION_CALLS = Set.of("fact", "in");
    private static final String FACTS_IMPORT = "org.pledgescope.engine.facts.*";
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io");

    private ActionCheck() {}

    /**
     * Adds a problem for every import, function and call a rule may not make. Returns the rules whose action
     * JavaParser could not read: if Drools compiles them anyway (e.g. a {@code modify} block), they are refused with
     * {@link #unchecked}; if not, Drools' own error says what is wrong.
     */
    static List<RuleDescriptions.ParsedRule> check(RuleDescriptions.Parsed parsed, Problems problems) {
        List<RuleDescriptions.ParsedRule> unread = new ArrayList<>();
        for (RuleDescriptions.Declaration i : parsed.imports()) {
            if (!i.text().equals(FACTS_IMPORT)) {
                problems.add(
                        i.file().path(),
                        i.line(),
                        "'import " + i.text() + "': rules need no imports (the engine "
                                + "gives them the facts), and an import would let a rule reach into Java");
            }
        }
        for (RuleDescriptions.Declaration f : parsed.functions()) {
            problems.add(
                    f.file().path(),
                    f.line(),
                    "function '" + f.text() + "': a pack may not declare functions; " + ALLOWED);
        }
        for (RuleDescriptions.ParsedRule rule : parsed.rules()) {
            for (String e : rule.expressions()) {
                Matcher m = CALL.matcher(e);
                while (m.find()) {
                    String name = m.group(1).replaceAll("\\s", "");
                    boolean onAValue = m.start() > 0 && e.charAt(m.start() - 1) == '.';
                    if (!onAValue && !allowedInCondition(name)) {
                        problems.add(
                                rule.file().path(),
                                rule.line(),
                                "rule '" + rule.name() + "' calls " + name
                                        + "(…) in a condition: a condition may only compare facts (and read fact(\"path\"))");
                    }
                }
            }
            if (!action(rule, problems)) {
                unread.add(rule);
            }
        }
        return unread;
    }

    /** Refuses rules that compiled but whose action could not be checked. */
    static void unchecked(List<RuleDescriptions.ParsedRule> rules, Problems problems) {
        for (RuleDescriptions.ParsedRule rule : rules) {
            problems.add(
                    rule.file().path(),
                    rule.line(),
                    "rule '" + rule.name() + "': its action could not be " + "checked; write it as plain calls ("
                            + ALLOWED + ")");
        }
    }

    /**
     * A condition may call {@code fact("path")}, and methods of a fact's values ({@code useDate.getDayOfWeek()}),
     * never a class ({@code System.getProperty}, {@code java.nio.file.Files.readString}).
     */
    private static boolean allowedInCondition(String call) {
        String[] parts = call.split("\\.");
        if (parts.length == 1) {
            return CONDITION_CALLS.contains(call);
        }
        if (PACKAGE_ROOTS.contains(parts[0])) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (Character.isUpperCase(parts[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an action is plain — statements of the shapes {@link #PLAIN_STATEMENT} reads, each calling only what an
     * action may and creating only types its file declares — so that it needs no Java parser: every action a decision
     * table generates and most written by hand are. Anything else (comments, other expressions, a name not allowed) is
     * read by JavaParser, which says what is wrong.
     */
    static boolean plain(RuleDescriptions.ParsedRule rule) {
        return madeOf(PLAIN_STATEMENT, rule);
    }

    /**
     * Whether a rule means the same compiled with its action in Java or in MVEL (strict typing): its conditions and
     * attributes are plain ({@link RuleDescriptions.ParsedRule#plainConditions}) and its action is made of plain
     * statements whose arguments are variables, constants and strings. MVEL's strict mode resolves each such call by
     * its arguments' types as Java does, and refuses what Java refuses; every action a decision table generates is
     * one.
     */
    static boolean dialectNeutral(RuleDescriptions.ParsedRule rule) {
        return rule.plainConditions() && madeOf(NEUTRAL_STATEMENT, rule);
    }

    private static Pattern statement(String arg) {
        String args = "(?:" + arg + "(?:\\s*,\\s*" + arg + ")*)?";
        return Pattern.compile("\\s*(?:outcome\\s*\\.\\s*(\\w+)\\s*\\(\\s*" + args
                + "\\s*\\)|(\\w+)\\s*\\(\\s*(?:outcome\\s*\\.\\s*(\\w+)\\s*\\(\\s*" + args
                + "\\s*\\)|new\\s+([A-Za-z_]\\w*)\\s*\\(\\s*\\)|\\$[A-Za-z_][\\w$]*)\\s*\\))\\s*;\\s*");
    }

    /** Whether the rule's action is a sequence of {@code statement}s, each calling or creating only what it may. */
    private static boolean madeOf(Pattern statement, RuleDescriptions.ParsedRule rule) {
        String action = rule.consequence();
        if (action.contains("/") || action.contains("\\")) {
            return false;
        }
        Matcher m = statement.matcher(action);
        int end = 0;
        while (m.lookingAt()) {
            boolean allowed = m.group(1) != null
                    ? OUTCOME_CALLS.contains(m.group(1))
                    : WORKING_MEMORY_CALLS.contains(m.group(2))
                            && (m.group(3) == null || OUTCOME_CALLS.contains(m.group(3)))
                            && (m.group(4) == null || rule.declaredTypes().contains(m.group(4)));
            if (!allowed) {
                return false;
            }
            end = m.end();
            m.region(end, action.length());
        }
        return end == action.length() || action.substring(end).isBlank();
    }

    private static boolean action(RuleDescriptions.ParsedRule rule, Problems problems) {
        return plain(rule) || parsedAction(rule, problems);
    }

    /** The action read by JavaParser: a problem for each call or creation not allowed; false if it cannot be read. */
    static boolean parsedAction(RuleDescriptions.ParsedRule rule, Problems problems) {
        BlockStmt block;
        try {
            block = StaticJavaParser.parseBlock("{" + rule.consequence() + "\n}");
        } catch (ParseProblemException e) {
            return false;
        }
        for (MethodCallExpr call : block.findAll(MethodCallExpr.class)) {
            String scope = call.getScope().map(Node::toString).orElse(null);
            boolean ok = scope == null
                    ? WORKING_MEMORY_CALLS.contains(call.getNameAsString())
                    : scope.equals("outcome")
                            ? OUTCOME_CALLS.contains(call.getNameAsString())
                            : call.getScope().get() instanceof NameExpr n
                                    && n.getNameAsString().startsWith("$")
                                    && call.getArguments().isEmpty();
            if (!ok) {
                problems.add(
                        rule.file().path(),
                        rule.line(),
                        "rule '" + rule.name() + "' calls " + (scope == null ? "" : scope + ".")
                                + call.getNameAsString() + "(…): " + ALLOWED);
            }
        }
        for (ObjectCreationExpr created : block.findAll(ObjectCreationExpr.class)) {
            String type = created.getType().getNameAsString();
            if (!rule.declaredTypes().contains(type)
                    || created.getType().getScope().isPresent()) {
                problems.add(
                        rule.file().path(),
                        rule.line(),
                        "rule '" + rule.name() + "' creates a "
                                + created.getType() + ": an action may only create types its file declares ("
                                + (rule.declaredTypes().isEmpty() ? "none" : List.copyOf(rule.declaredTypes())) + ")");
            }
        }
        return true;
    }
}
