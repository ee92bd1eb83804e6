package org.pledgescope.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.pack.Sha256;

/** A hash of the class files DRL is compiled against ({@code engine.facts}), once per process. */
final class CodeFingerprint {
    /** What {@link #ofFactClasses()} answers when the class files cannot be read. */
    static final String UNKNOWN = "unknown";

    private static final List<String> COMPILED_AGAINST = List.of("org/pledgescope/engine/facts/");
    /**
     * The code that makes a pack's decision table: the engine (what the rules may say, how they are compiled and fired)
     * and the table itself (the classes, the cells, their file), and how packs are read.
     */
    private static final List<String> APPLICATION =
            List.of("org/pledgescope/engine/", "org/pledgescope/table/", "org/pledgescope/pack/");

    private static volatile String fingerprint;
    private static volatile String application;

    private CodeFingerprint() {}

    /** The hash, read from the jar or the classes folder this code runs from; {@link #UNKNOWN} if neither works. */
    static String ofFactClasses() {
        String f = fingerprint;
        if (f == null) {
            f = compute();
            fingerprint = f;
        }
        return f;
    }

    /** A hash of the classes that derive compiled artifacts such as decision tables. */
    static String ofApplication() {
        String a = application;
        if (a == null) {
            a = compute(APPLICATION);
            application = a;
        }
        return a;
    }

    private static String compute() {
        return compute(COMPILED_AGAINST);
    }

    private static String compute(List<String> prefixes) {
        Sha256 digest = Sha256.start();
        try {
            CodeSource source = Use.class.getProtectionDomain().getCodeSource();
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (String prefix : prefixes) {
                    try (Stream<Path> files = Files.walk(location.resolve(prefix))) {
                        for (Path p : files.filter(Files::isRegularFile)
                                .filter(p -> p.toString().endsWith(".class"))
                                .sorted()
                                .toList()) {
                            digest.part(location.relativize(p).toString()).add(Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (ZipEntry entry : jar.stream()
                            .filter(e -> e.getName().endsWith(".class"))
                            .filter(e -> prefixes.stream().anyMatch(e.getName()::startsWith))
                            .sorted(Comparator.comparing(ZipEntry::getName))
                            .toList()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            digest.part(entry.getName()).add(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return UNKNOWN;
        }
        return digest.hex();
    }
}
