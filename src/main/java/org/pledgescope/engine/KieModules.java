package org.pledgescope.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.SourceFile;

/**
 * Drools modules for packs: compiling a pack's DRL with the executable model into a kjar, and opening a
 * container on a fresh or stored kjar. Drools keeps modules in a process-wide repository; a module is there
 * only while its container is created, under a lock, and each build gets a release id of its own.
 */
final class KieModules {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final String RESOURCES = "src/main/resources/";
    private static final String GROUP = "org.pledgescope.packs";
    /** This process's part of every release id, so a stored kjar never shares one with a module built here. */
    private static final String RUN = Long.toHexString(new SplittableRandom().nextLong() >>> 1);

    private static final String DEFAULT_KIE_BASE = "defaultKieBase";
    /** Guards Drools' process-wide KieRepository while a module is briefly registered in it. */
    private static final Object REPOSITORY = new Object();

    /** Drools' services, once {@link DroolsStart} has started them (a compile never initialises them alongside it). */
    private static KieServices services() {
        DroolsStart.await();
        return KieServices.Factory.get();
    }

    /** Compiles the pack's DRL with the executable model; null with every compile error added to {@code problems}. */
    KieBuilder build(Pack pack, Problems problems) {
        return build(pack, problems, true);
    }

    /**
     * Compiles the pack's DRL, with the executable model or (not {@code executable}) Drools' classic DRL compiler,
     * which is several times faster to compile an edit in a running process; null with every compile error added.
     */
    KieBuilder build(Pack pack, Problems problems, boolean executable) {
        Map<String, SourceFile> byKiePath = new HashMap<>();
        KieFileSystem kfs = services().newKieFileSystem();
        ReleaseId releaseId = services().newReleaseId(GROUP, pack.id(), "1.0." + BUILDS.incrementAndGet() + "-" + RUN);
        kfs.generateAndWritePomXML(releaseId);
        for (SourceFile drl : pack.ruleFiles()) {
            String kiePath =
                    RESOURCES + packageFolder(drl) + (drl.name().endsWith(".drl") ? drl.name() : drl.name() + ".drl");
            byKiePath.put(kiePath, drl);
            kfs.write(kiePath, drl.content());
        }
        KieBuilder builder = executable
                ? services().newKieBuilder(kfs).buildAll(ExecutableModelProject.class)
                : services().newKieBuilder(kfs).buildAll(org.drools.compiler.kie.builder.impl.DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        String fallback = pack.manifest().path().replace("pack.yaml", "");
        Set<String> missingEnd = new HashSet<>();
        for (SourceFile drl : pack.ruleFiles()) {
            DroolsMessages.missingEnd(drl).ifPresent(p -> {
                problems.add(p);
                missingEnd.add(drl.path());
            });
        }
        Set<String> seen = new HashSet<>();
        // A file that does not parse leaves the others' references to its types unresolved: report the cause only.
        boolean parseErrors = errors.stream().anyMatch(m -> m.getText().startsWith("[ERR "));
        for (Message m : errors) {
            if (parseErrors && !m.getText().startsWith("[ERR ")) {
                continue;
            }
            if (m.getText().contains("Parser returned a null Package")
                    || m.getText().startsWith("Java source of ") && errors.size() > 1) {
                continue;
            }
            SourceFile file = sourceOf(byKiePath, m.getPath());
            if (file != null && missingEnd.contains(file.path())) {
                continue; // Drools' errors after a missing 'end' are about where it gave up, not the cause
            }
            var p = DroolsMessages.translate(
                    file, Math.max(m.getLine(), 0), cleanMessage(m.getText()), pack.ruleFiles(), fallback);
            boolean lineTaken = problems.sorted().stream()
                    .anyMatch(q -> q.line() > 0 && q.file().equals(p.file()) && q.line() == p.line());
            if (seen.add(p.toString()) && !lineTaken) {
                problems.add(p);
            }
        }
        if (!errors.isEmpty()) {
            services().getRepository().removeKieModule(releaseId);
            return null;
        }
        return builder;
    }

    /** A container for a freshly built module; null with the problem added if it cannot be initialised. */
    KieContainer newContainer(Pack pack, KieModule module, Problems problems) {
        try {
            synchronized (REPOSITORY) {
                try {
                    KieContainer container = services().newKieContainer(module.getReleaseId());
                    container.getKieBase();
                    return container;
                } finally {
                    services().getRepository().removeKieModule(module.getReleaseId());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            problems.add(
                    pack.manifest().path().replace("pack.yaml", ""),
                    0,
                    "the rules compiled but could not be initialised: " + root.getMessage());
            return null;
        }
    }

    /** The compiled module's kjar, to store. */
    static byte[] kjarOf(KieBuilder builder) {
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** Forgets a module that compiled but will not be used. */
    void discard(KieBuilder builder) {
        services().getRepository().removeKieModule(builder.getKieModule().getReleaseId());
    }

    /**
     * A container for a stored kjar; it is read into memory, so the container never goes back to the file. The
     * module is in Drools' global repository only while its container is created, under a lock.
     */
    KieContainer load(byte[] kjar) throws IOException {
        ReleaseId releaseId = releaseIdOf(kjar);
        KieModuleModel model = services().newKieModuleModel();
        model.newKieBaseModel(DEFAULT_KIE_BASE)
                .setDefault(true)
                .addPackage("*")
                .newKieSessionModel(DEFAULT_KIE_BASE + "Session")
                .setDefault(true);
        synchronized (REPOSITORY) {
            try {
                services()
                        .getRepository()
                        .addKieModule(new CanonicalKieModule(
                                new MemoryKieModule(releaseId, model, MemoryFileSystem.readFromJar(kjar))));
                KieContainer container = services().newKieContainer(releaseId);
                container.getKieBase();
                return container;
            } finally {
                services().getRepository().removeKieModule(releaseId);
            }
        }
    }

    /** The release id a kjar was built with, from its {@code pom.properties}. */
    private ReleaseId releaseIdOf(byte[] kjar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("META-INF/maven/" + GROUP + "/")
                        && e.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    pom.load(in);
                    return services()
                            .newReleaseId(
                                    pom.getProperty("groupId"),
                                    pom.getProperty("artifactId"),
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
}
