package org.pledgescope.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.SourceFile;
import org.pledgescope.yaml.Problems;

/**
 * Compiles a pack's DRL with the executable model (or loads the same rules from {@link CompiledRulesCache})
 * and checks what Drools cannot: no dates in DRL, every rule cites a clause or open question the pack
 * declares, and reports findings that match its citation. Problems are reported as {@code file:line: message};
 * a pack with any problem yields no rule base.
 */
public final class PackCompiler {
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern DATE_LITERAL = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final KieModules modules = new KieModules();
    private final CompiledRulesCache cache;

    /** A compiler using the cache configured for this process ({@link CompiledRulesCache#configured()}). */
    public PackCompiler() {
        this(CompiledRulesCache.configured());
    }

    public PackCompiler(CompiledRulesCache cache) {
        this.cache = cache;
    }

    /** The compiled pack, or null with the problems added to {@code problems}. */
    public CompiledPack compile(Pack pack, Problems problems) {
        int before = problems.sorted().size();
        for (SourceFile drl : pack.ruleFiles()) {
            lintDates(pack, drl, problems);
        }
        boolean linted = problems.sorted().size() == before;
        String key = cache.key(pack);
        KieContainer container = linted ? cache.read(key).map(kjar -> loadStored(key, kjar)).orElse(null) : null;
        byte[] freshKjar = null;
        if (container == null) {
            KieBuilder builder = modules.build(pack, problems);
            if (builder == null) {
                return null;
            }
            if (!linted) {
                modules.discard(builder);
                return null;
            }
            container = modules.newContainer(pack, builder.getKieModule(), problems);
            if (container == null) {
                return null;
            }
            freshKjar = KieModules.kjarOf(builder);
        }
        KieBase kieBase = container.getKieBase();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage kp : kieBase.getKiePackages()) {
            for (Rule rule : kp.getRules()) {
                RuleInfo info = ruleInfo(pack, rule);
                if (rules.containsKey(rule.getName())) {
                    problems.add(info.file(), info.line(), "rule name '" + rule.getName() + "' is used twice in the pack");
                }
                rules.put(rule.getName(), info);
                checkCitations(pack, info, problems);
            }
        }
        lintActions(pack, rules, problems);
        if (problems.sorted().size() > before) {
            return null;
        }
        if (freshKjar != null) {
            cache.store(key, freshKjar);
        }
        return new CompiledPack(pack, container, kieBase, rules, freshKjar == null);
    }

    /** A container on a stored kjar, or null (and the entry dropped) if it cannot be loaded. */
    private KieContainer loadStored(String key, byte[] kjar) {
        try {
            return modules.load(kjar);
        } catch (IOException | RuntimeException | LinkageError e) {
            cache.evict(key);
            return null;
        }
    }

    private RuleInfo ruleInfo(Pack pack, Rule rule) {
        String clause = meta(rule, "clause");
        String question = meta(rule, "question");
        for (SourceFile f : pack.ruleFiles()) {
            int line = ruleLine(f, rule.getName());
            if (line > 0) {
                return new RuleInfo(rule.getName(), clause, question, f.path(), line);
            }
        }
        return new RuleInfo(rule.getName(), clause, question, pack.ruleFiles().get(0).path(), 0);
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static void checkCitations(Pack pack, RuleInfo rule, Problems problems) {
        if (rule.clause() == null && rule.question() == null) {
            problems.add(rule.file(), rule.line(), "rule '" + rule.name()
                    + "' cites nothing: add @clause(\"<statement>#<clause>\") or @question(\"<id>\")");
        }
        if (rule.clause() != null && pack.clause(rule.clause()).isEmpty()) {
            problems.add(rule.file(), rule.line(), "rule '" + rule.name() + "' cites clause '" + rule.clause()
                    + "', which pack.yaml does not declare; declared: " + pack.clauses().keySet());
        }
        if (rule.question() != null && pack.question(rule.question()).isEmpty()) {
            problems.add(rule.file(), rule.line(), "rule '" + rule.name() + "' cites open question '"
                    + rule.question() + "', which pack.yaml does not declare; declared: "
                    + pack.questions().stream().map(q -> q.id()).toList());
        }
    }

    /** Source checks Drools cannot make: an action's call must match what the rule cites. */
    private static void lintActions(Pack pack, Map<String, RuleInfo> rules, Problems problems) {
        for (RuleInfo rule : rules.values()) {
            String body = ruleBody(pack, rule);
            if (body == null) {
                continue;
            }
            if (body.contains("outcome.open(") && rule.question() == null) {
                problems.add(rule.file(), rule.line(), "rule '" + rule.name()
                        + "' calls outcome.open() but has no @question(\"…\") naming the question it raises");
            }
            if ((body.contains("outcome.prohibits(") || body.contains("outcome.exempts(")
                    || body.contains("outcome.limits(")) && rule.clause() == null) {
                problems.add(rule.file(), rule.line(), "rule '" + rule.name()
                        + "' reports a finding but has no @clause(\"…\") naming the text it rests on");
            }
        }
    }

    private static String ruleBody(Pack pack, RuleInfo rule) {
        for (SourceFile f : pack.ruleFiles()) {
            if (f.path().equals(rule.file()) && rule.line() > 0) {
                String[] lines = f.content().split("\n", -1);
                StringBuilder sb = new StringBuilder();
                for (int i = rule.line() - 1; i < lines.length; i++) {
                    sb.append(lines[i]).append('\n');
                    if (i > rule.line() - 1 && lines[i].strip().equals("end")) {
                        break;
                    }
                }
                return sb.toString();
            }
        }
        return null;
    }

    private static int ruleLine(SourceFile f, String name) {
        String[] lines = f.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_HEADER.matcher(lines[i]);
            if (m.find()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (n.equals(name)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static void lintDates(Pack pack, SourceFile drl, Problems problems) {
        String[] lines = drl.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].replaceAll("//.*$", "");
            for (var s : pack.statements()) {
                code = code.replace(s.id(), "");
            }
            if (DATE_LITERAL.matcher(code).find()) {
                problems.add(drl.path(), i + 1, "a date in DRL: dates belong in pack.yaml (statements and terms); "
                        + "rules test which statements are Known");
            }
        }
    }
}
