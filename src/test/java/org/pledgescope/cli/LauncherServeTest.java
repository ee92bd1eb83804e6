package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/pledgescope starts {@code serve} (named, or as the command run with none) with -XX:+ExitOnOutOfMemoryError, so
 * that the JVM exits on running out of heap; one-shot commands run without it. On every way the launcher starts Java:
 * plain ({@code PLEDGESCOPE_CDS=off}), before and after a one-shot command has recorded its start-up archive (a
 * class-data archive on Java 17, an AOT cache on Java 25). A stand-in java prints what it is given, and makes the
 * file a recording run asks for; its release file gives its version, as a JDK's does.
 */
class LauncherServeTest {
    private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";

    @TempDir
    Path tmp;

    /**
     * A stand-in JDK of {@code version}: bin/java and the release file the launcher reads (none for version 0, as
     * for a java outside a JDK's layout: the launcher takes it for one older than 25).
     */
    private Path jdk(int version) throws Exception {
        Path home = tmp.resolve("jdk-" + version);
        Files.createDirectories(home.resolve("bin"));
        if (version > 0) {
            Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + ".0.1\"\n");
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, """
                #!/bin/sh
                dump=no
                for a in "$@"; do [ "$a" = -Xshare:dump ] && dump=yes; done
                for a in "$@"; do
                  case "$a" in
                    -XX:AOTCacheOutput=*) : >"${a#-XX:AOTCacheOutput=}" ;;
                    -XX:SharedArchiveFile=*) [ $dump = yes ] && : >"${a#-XX:SharedArchiveFile=}" ;;
                  esac
                done
                echo "$@"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return java;
    }

    private String launch(Path java, String cds, Path cache, String... args) throws Exception {
        Path jar = tmp.resolve("pledgescope.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "");
        }
        List<String> command = new ArrayList<>(List.of("sh", "bin/pledgescope"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PLEDGESCOPE_JAVA", java.toString());
        pb.environment().put("PLEDGESCOPE_JAR", jar.toString());
        pb.environment().put("PLEDGESCOPE_CDS", cds);
        pb.environment().put("PLEDGESCOPE_CACHE", cache.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private void serveHasTheFlagOneShotCommandsDoNot(Path java, String cds, Path cache) throws Exception {
        assertThat(launch(java, cds, cache, "serve", "--port", "9090")).contains(FLAG);
        assertThat(launch(java, cds, cache, "--port", "9090")).contains(FLAG);
        assertThat(launch(java, cds, cache)).contains(FLAG);
        assertThat(launch(java, cds, cache, "--version")).doesNotContain(FLAG);
        assertThat(launch(java, cds, cache, "help")).doesNotContain(FLAG);
        assertThat(launch(java, cds, cache, "check", "query.json")).doesNotContain(FLAG);
    }

    @Test
    void serveExitsOnOutOfMemoryErrorOneShotCommandsDoNot() throws Exception {
        for (int version : List.of(0, 17, 25)) {
            Path java = jdk(version);
            Path cache = tmp.resolve("cache-" + version);
            serveHasTheFlagOneShotCommandsDoNot(java, "off", cache);
            // The first one-shot command records the archive (once); later runs map it.
            serveHasTheFlagOneShotCommandsDoNot(java, "on", cache);
            try (var files = Files.list(cache)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as("Java %d: the archive recorded", version)
                        .anyMatch(name -> name.endsWith(version < 25 ? ".jsa" : ".aot"));
            }
            String mapped = launch(java, "on", cache, "serve");
            assertThat(mapped).contains(version < 25 ? "-XX:SharedArchiveFile=" : "-XX:AOTCache=");
            assertThat(mapped).contains(FLAG);
            assertThat(launch(java, "on", cache, "check", "query.json")).doesNotContain(FLAG);
        }
    }
}
