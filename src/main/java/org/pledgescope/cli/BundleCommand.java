package org.pledgescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pledgescope.bundle.BundleKeyException;
import org.pledgescope.bundle.BundleKeys;
import org.pledgescope.bundle.BundleWriter;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.RulesLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bundle}: one signed archive of a rule set with its compiled form, for replicas to pull. */
@Command(
        name = "bundle",
        mixinStandardHelpOptions = true,
        description = {
            "Write one archive of the rule set (vocabulary, packs, their compiled rules) with a manifest listing every "
                    + "file's SHA-256 and size, the revision, the format and the PledgeScope version; --sign signs "
                    + "the manifest with an Ed25519 key (see keygen). Replicas pull it: serve --bundle URL "
                    + "--bundle-key bundle.pub. See docs/fleet.md.",
            "Exit codes: 0 written; 1 the key or the output file could not be used; 2 the rules do not load "
                    + "(every problem printed as file:line: message)."
        })
final class BundleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The bundle to write (replaced atomically, so a server never serves half of it).")
    Path output;

    @Option(
            names = "--sign",
            paramLabel = "KEY",
            description = "Sign with this Ed25519 private key (PEM, as keygen writes bundle.key). Without it the "
                    + "bundle is unsigned, and replicas refuse it.")
    Path sign;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrivateKey key = null;
        try {
            if (sign != null) {
                key = BundleKeys.readPrivate(sign);
                if (BundleKeys.readableByOthers(sign)) {
                    err.println("warning: " + sign + " can be read by other users; a signing key should be "
                            + "owner-only (chmod 600)");
                }
            }
        } catch (BundleKeyException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.REJECTED;
        }
        BundleWriter.Built built;
        try {
            built = BundleWriter.build(
                    RulesLocation.resolve(rules.path()),
                    new RuleSetLoader(Clock.systemUTC()),
                    key,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (PackLoadException e) {
            err.println("error: the rule set could not be loaded:");
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return ExitCode.LOAD_ERROR;
        }
        try {
            write(built.archive());
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return ExitCode.REJECTED;
        }
        built.notes().forEach(n -> err.println("note: " + n));
        if (built.compiledFiles() == 0) {
            err.println("note: no compiled rules in the bundle (this build's code could not be fingerprinted); "
                    + "replicas compile the packs themselves");
        }
        if (key == null) {
            err.println("note: unsigned: replicas (serve --bundle-key) refuse it; sign it with --sign KEY");
        }
        out.println(output + ": " + built.manifest().revision() + ", "
                + built.manifest().packs().size() + (built.manifest().packs().size() == 1 ? " pack" : " packs")
                + " " + built.manifest().packs() + ", "
                + built.manifest().files().size() + " files, "
                + built.archive().length + " bytes"
                + (built.manifest().signingKey() != null
                        ? ", signed by key " + built.manifest().signingKey()
                        : key != null ? ", signed" : ", unsigned"));
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    /** Readable by all: a bundle is published (its signature, not secrecy, protects it). */
    private static final Set<PosixFilePermission> PUBLISHED = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes beside the target and renames it into place, readable by the server that will publish it. */
    private void write(byte[] archive) throws IOException {
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("no such directory " + dir);
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, archive);
            if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, PUBLISHED);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
