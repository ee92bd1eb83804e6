package org.pledgescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import org.pledgescope.bundle.BundleKeyException;
import org.pledgescope.bundle.BundleKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keygen}: an Ed25519 key pair for signing bundles. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Write a new Ed25519 key pair for signing bundles: DIR/bundle.key (the private key, PEM, owner-only: "
                    + "it signs with bundle --sign) and DIR/bundle.pub (the public key, PEM: every replica's "
                    + "serve --bundle-key). Never overwrites a key.",
            "Exit codes: 0 written; 1 a key file exists already or cannot be written."
        })
final class KeygenCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "Directory for bundle.key and bundle.pub (created if missing).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KeyPair pair = BundleKeys.generate();
        try {
            Path privateFile = BundleKeys.write(pair, dir);
            out.println("key " + BundleKeys.id(pair.getPublic()) + ": " + privateFile
                    + " (private: signs bundles; keep it secret) and " + dir.resolve(BundleKeys.PUBLIC_FILE)
                    + " (public: give it to every replica, serve --bundle-key)");
            out.flush();
            return ExitCode.OK;
        } catch (BundleKeyException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.REJECTED;
        }
    }
}
