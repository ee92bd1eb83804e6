package org.pledgescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pledgescope.api.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code serve}: the REST service (the default command). Further {@code --spring.property=value} pass through. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Start the REST service (default 127.0.0.1, port 8080). Extra --name=value options are Spring properties, "
                        + "e.g. --pledgescope.admin-token=SECRET.")
final class ServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: server.port, else 8080).")
    Integer port;

    @Option(
            names = "--address",
            paramLabel = "ADDR",
            description =
                    "Address to listen on (default: server.address, else 127.0.0.1; 0.0.0.0 for every interface).")
    String address;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Rules directory (default: rules/ here if it exists, else the packs bundled in the jar).")
    Path rules;

    @Option(names = "--watch", description = "Reload the rule set when files in the rules directory change.")
    boolean watch;

    @Option(
            names = "--bundle",
            paramLabel = "URL|PATH",
            description = "Serve signed bundles pulled from this http(s) URL or file (made by the bundle command) "
                    + "instead of a rules directory; not ready until the first one loads. See docs/fleet.md.")
    String bundle;

    @Option(
            names = "--bundle-key",
            paramLabel = "PUBLIC_KEY",
            description = "The Ed25519 public key (PEM, keygen's bundle.pub) every bundle must be signed with.")
    Path bundleKey;

    @Option(
            names = "--bundle-poll",
            paramLabel = "DURATION",
            description = "Time between two polls for a new bundle, e.g. 30s or 2m (default 30s, with ±10% jitter).")
    String bundlePoll;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArgs);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (address != null) {
            args.add("--server.address=" + address);
        }
        if (rules != null) {
            args.add("--pledgescope.rules=" + rules);
        }
        if (watch) {
            args.add("--pledgescope.watch=true");
        }
        if (bundle != null) {
            args.add("--pledgescope.bundle.source=" + bundle);
        }
        if (bundleKey != null) {
            args.add("--pledgescope.bundle.key=" + bundleKey);
        }
        if (bundlePoll != null) {
            args.add("--pledgescope.bundle.poll=" + bundlePoll);
        }
        try {
            ApiServer.start(args.toArray(String[]::new));
            return ExitCode.SERVING;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("error: the service could not start: " + StartFailure.describe(e));
            spec.commandLine().getErr().flush();
            return ExitCode.SERVE_FAILED;
        }
    }
}
