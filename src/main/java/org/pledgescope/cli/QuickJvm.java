package org.pledgescope.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a seconds-long command ({@code batch}, {@code map}, {@code diff}, {@code validate}, {@code test},
 * {@code bundle}) started by a plain {@code java -jar} in a JVM set for it: the same Java, options and arguments, plus
 * {@code -XX:TieredStopAtLevel=1}, so that every method is compiled by C1 without the profiling that only pays ahead
 * of C2, and a class-data archive of the classes the command loads (recorded by its first run, in the cache
 * directory, then mapped). A run of a few seconds loses more to C2's compiles than C2's code gives back, and a JVM
 * flag cannot be set from inside the JVM, hence the second process; the first only waits for it and exits with its
 * status. Figures: docs/performance.md.
 *
 * <p>Not relaunched: a JVM already started so ({@code bin/pledgescope} passes its own flags), one started without
 * {@code -jar} (tests, an IDE), one whose options name {@code TieredStopAtLevel} already, and whenever
 * {@code PLEDGESCOPE_JIT=full} (keep C2) or {@code PLEDGESCOPE_RELAUNCH=off}. If the second JVM cannot be started the
 * command runs here. The archive is left out where the cache is off or not this user's own.
 */
public final class QuickJvm {
    /** Set in the JVM started for a command: do not relaunch. */
    static final String PROPERTY = "pledgescope.jvm";

    static final String FLAG = "-XX:TieredStopAtLevel=1";

    /**
     * The JVM's own warnings go to standard error, never into the command's output on standard output, where unified
     * logging puts them by default; those of the class-data archive (classes it leaves out while recording, an archive
     * it cannot map) are not shown: the run goes on without them.
     */
    static final List<String> LOG_TO_STDERR =
            List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");

    private static final Set<String> SECONDS_LONG = Set.of("batch", "map", "diff", "validate", "test", "bundle");

    private QuickJvm() {}

    /** Whether {@code command} (a first argument) runs for seconds, not hours. */
    static boolean secondsLong(String command) {
        return SECONDS_LONG.contains(command);
    }

    /**
     * The command line of a JVM like this one for {@code args}, with {@link #FLAG} and {@code archive} (the
     * class-data archive's options, or none; left out when this JVM was given an archive of its own); empty when this JVM should run the command itself (see the class
     * comment). {@code java} and {@code jvmArgs} are this JVM's command and arguments as the operating system gives
     * them, {@code env} its environment.
     */
    static Optional<List<String>> commandFor(
            String[] args,
            Optional<String> java,
            Optional<String[]> jvmArgs,
            Map<String, String> env,
            List<String> archive) {
        if (args.length == 0
                || !secondsLong(args[0])
                || System.getProperty(PROPERTY) != null
                || "full".equalsIgnoreCase(env.get(OneRunCompiler.SETTING))
                || "off".equalsIgnoreCase(env.get("PLEDGESCOPE_RELAUNCH"))
                || java.isEmpty()
                || jvmArgs.isEmpty()) {
            return Optional.empty();
        }
        String[] all = jvmArgs.get();
        int jar = List.of(all).indexOf("-jar");
        if (jar < 0 || jar + 1 >= all.length) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        // First, so that logging options of the caller's own still apply.
        command.addAll(LOG_TO_STDERR);
        boolean ownArchive = false;
        for (int i = 0; i < jar; i++) {
            if (all[i].contains("TieredStopAtLevel") || all[i].contains("TieredCompilation")) {
                return Optional.empty();
            }
            ownArchive |= all[i].contains("SharedArchiveFile")
                    || all[i].contains("ArchiveClassesAtExit")
                    || all[i].startsWith("-Xshare");
            command.add(all[i]);
        }
        command.add(FLAG);
        if (!ownArchive) {
            command.addAll(archive);
        }
        command.add("-D" + PROPERTY + "=c1"); // constants: joined by javac
        command.add("-jar");
        command.add(all[jar + 1]);
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Runs {@code args} in a quick JVM when this one should not, and exits with its status; returns (having done
     * nothing) when this JVM is to run the command itself.
     */
    public static void runThereIfBetter(String[] args) {
        if (args.length == 0 || !secondsLong(args[0]) || System.getProperty(PROPERTY) != null) {
            return;
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Map<String, String> env = System.getenv();
        Optional<Path> archive = archive(
                args[0],
                System.getProperty("pledgescope.cache", env.get("PLEDGESCOPE_CACHE")),
                env,
                System.getProperty("java.class.path"));
        Path recording = archive.isPresent() && !Files.isRegularFile(archive.get())
                ? archive.get()
                        .resolveSibling(cat(
                                archive.get().getFileName().toString(),
                                ".",
                                Long.toString(ProcessHandle.current().pid()),
                                ".tmp"))
                : null;
        List<String> archiveOptions = archive.isEmpty()
                ? List.of()
                : recording != null
                        ? List.of(cat("-XX:ArchiveClassesAtExit=", recording.toString()))
                        : List.of(cat("-XX:SharedArchiveFile=", archive.get().toString()), "-Xshare:auto");
        Optional<List<String>> command =
                commandFor(args, self.command(), self.arguments(), System.getenv(), archiveOptions);
        if (command.isEmpty()) {
            return;
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return; // run here
        }
        // Stopped (SIGTERM, SIGINT): stop the command too, and give it a moment to finish its output.
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        child.waitFor(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        int status = waitFor(child);
        if (recording != null) {
            keep(recording, archive.get(), status == 0);
        }
        System.exit(status);
    }

    /**
     * Strings joined without {@code +}: javac compiles {@code +} on strings to an invokedynamic whose first bootstrap
     * costs a cold JVM tens of milliseconds, as a lambda's does; this class runs before anything else and avoids both.
     */
    private static String cat(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            b.append(p);
        }
        return b.toString();
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the command's status is this process's
            }
        }
    }

    /** The archive just recorded becomes the command's (a run that failed keeps none); older ones go. */
    private static void keep(Path recording, Path archive, boolean ok) {
        try {
            if (ok && Files.isRegularFile(recording)) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                String name = archive.getFileName().toString();
                String prefix = name.substring(0, name.lastIndexOf('-') + 1);
                try (var others = Files.newDirectoryStream(archive.getParent(), cat(prefix, "*.jsa"))) {
                    for (Path other : others) {
                        if (!other.equals(archive)) {
                            Files.deleteIfExists(other);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException | RuntimeException e) {
            // an archive not kept: the next run records one
        }
    }

    /**
     * Where the class-data archive of {@code command} for this build of the jar and this Java is (or will be):
     * {@code quick-COMMAND-KEY.jsa} in the cache directory ({@code setting}: {@code -Dpledgescope.cache} or
     * {@code PLEDGESCOPE_CACHE}, else {@code $XDG_CACHE_HOME/pledgescope}, else {@code ~/.cache/pledgescope}); none
     * when the cache is off, missing, or not this user's own (an archive is code every run maps), or when
     * {@code classPath} is not one jar.
     */
    static Optional<Path> archive(String command, String setting, Map<String, String> env, String classPath) {
        try {
            Path dir;
            if (setting != null && !setting.isBlank()) {
                if (setting.strip().equalsIgnoreCase("off")) {
                    return Optional.empty();
                }
                dir = Path.of(setting.strip());
            } else {
                String xdg = env.get("XDG_CACHE_HOME");
                dir = (xdg != null && !xdg.isBlank()
                                ? Path.of(xdg)
                                : Path.of(System.getProperty("user.home"), ".cache"))
                        .resolve("pledgescope");
            }
            if (!ownedOnlyByMe(dir)) {
                return Optional.empty();
            }
            if (classPath == null || classPath.contains(File.pathSeparator)) {
                return Optional.empty();
            }
            Path jar = Path.of(classPath).toAbsolutePath();
            Path lib = jar.resolveSibling("lib");
            String identity = String.join(
                    "|",
                    System.getProperty("java.home"),
                    System.getProperty("java.vm.version"),
                    jar.toString(),
                    String.valueOf(Files.size(jar)),
                    String.valueOf(Files.getLastModifiedTime(jar).toMillis()),
                    Files.isDirectory(lib)
                            ? String.valueOf(Files.getLastModifiedTime(lib).toMillis())
                            : "-");
            return Optional.of(
                    dir.resolve(cat("quick-", command, "-", Integer.toHexString(identity.hashCode()), ".jsa")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean ownedOnlyByMe(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return true;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        return Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && !perms.contains(PosixFilePermission.GROUP_WRITE)
                && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    }
}
