package org.pledgescope.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.SourceFile;
import org.pledgescope.yaml.Problems;

/**
 * Compiles a pack's DRL with the executable model and checks that every rule cites a clause or open
 * question the pack declares. Problems are reported as {@code file:line: message}; a pack with any
 * problem yields no rule base.
 */
public final class PackCompiler {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern DATE_LITERAL = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final String RESOURCES = "src/main/resources/";

    private static final String GROUP = "org.pledgescope.packs";
    private static final String RUN = Long.toHexString(new java.security.SecureRandom().nextLong() >>> 1);
    private static final String DEFAULT_KIE_BASE = "defaultKieBase";
    /** Guards Drools' process-wide KieRepository while a module is briefly registered in it. */
    private static final Object REPOSITORY = new Object();

    private final KieServices services = KieServices.Factory.get();
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
        KieContainer container = linted ? cache.find(key).map(jar -> loadCached(key, jar)).orElse(null) : null;
        byte[] freshKjar = null;
        if (container == null) {
            KieBuilder builder = build(pack, problems);
            if (builder == null) {
                return null;
            }
            if (!linted) {
                services.getRepository().removeKieModule(builder.getKieModule().getReleaseId());
                return null;
            }
            container = newContainer(pack, builder.getKieModule(), problems);
            if (container == null) {
                return null;
            }
            freshKjar = ((InternalKieModule) builder.getKieModule()).getBytes();
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

    /** Compiles the pack's DRL; null with every compile error added to {@code problems}. */
    private KieBuilder build(Pack pack, Problems problems) {
        Map<String, SourceFile> byKiePath = new HashMap<>();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId(GROUP, pack.id(),
                "1.0." + BUILDS.incrementAndGet() + "-" + RUN);
        kfs.generateAndWritePomXML(releaseId);
        for (SourceFile drl : pack.ruleFiles()) {
            String kiePath = RESOURCES + packageFolder(drl) + drl.name();
            byKiePath.put(kiePath, drl);
            kfs.write(kiePath, drl.content());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            if (errors.size() > 1 && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            SourceFile file = sourceOf(byKiePath, m.getPath());
            String where = file != null ? file.path() : pack.manifest().path().replace("pack.yaml", "(generated code)");
            problems.add(where, Math.max(m.getLine(), 0), cleanMessage(m.getText()));
        }
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        return builder;
    }

    /** A container for a freshly built module; null with the problem added if it cannot be initialised. */
    private KieContainer newContainer(Pack pack, KieModule module, Problems problems) {
        try {
            synchronized (REPOSITORY) {
                try {
                    KieContainer container = services.newKieContainer(module.getReleaseId());
                    container.getKieBase();
                    return container;
                } finally {
                    services.getRepository().removeKieModule(module.getReleaseId());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            problems.add(pack.manifest().path().replace("pack.yaml", ""), 0,
                    "the rules compiled but could not be initialised: " + root.getMessage());
            return null;
        }
    }

    /**
     * A container for a cached kjar, or null (and the entry dropped) if it cannot be loaded. The module is
     * in Drools' global repository only while its container is created, under a lock.
     */
    private KieContainer loadCached(String key, Path jar) {
        try {
            byte[] kjar = Files.readAllBytes(jar);
            ReleaseId releaseId = releaseIdOf(kjar);
            KieModuleModel model = services.newKieModuleModel();
            model.newKieBaseModel(DEFAULT_KIE_BASE).setDefault(true).addPackage("*")
                    .newKieSessionModel(DEFAULT_KIE_BASE + "Session").setDefault(true);
            synchronized (REPOSITORY) {
                try {
                    // Read into memory, not served from the file: a later prune or replacement of the entry
                    // cannot reach a container that is already running.
                    services.getRepository().addKieModule(new CanonicalKieModule(
                            new MemoryKieModule(releaseId, model, MemoryFileSystem.readFromJar(kjar))));
                    KieContainer container = services.newKieContainer(releaseId);
                    container.getKieBase();
                    return container;
                } finally {
                    services.getRepository().removeKieModule(releaseId);
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            cache.evict(key);
            return null;
        }
    }

    /** The release id a kjar was built with, from its {@code pom.properties}. */
    private ReleaseId releaseIdOf(byte[] kjar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("META-INF/maven/" + GROUP + "/") && e.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    pom.load(in);
                    return services.newReleaseId(pom.getProperty("groupId"), pom.getProperty("artifactId"),
                            pom.getProperty("version"));
                }
            }
        }
        throw new IOException("no pom.properties in the stored kjar");
    }

    private static SourceFile sourceOf(Map<String, SourceFile> byKiePath, String path) {
        if (path == null) {
            return null;
        }
        for (Map.Entry<String, SourceFile> e : byKiePath.entrySet()) {
            if (e.getKey().equals(path) || e.getKey().endsWith("/" + path)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Drools' message without the parser's stack trace, on one line. */
    private static String cleanMessage(String text) {
        int cut = text.indexOf("Problem stacktrace");
        String s = cut >= 0 ? text.substring(0, cut) : text;
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Drools wants a DRL file's folder to match its package: {@code a.b} → {@code a/b/}. */
    private static String packageFolder(SourceFile drl) {
        Matcher m = PACKAGE.matcher(drl.content());
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
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
