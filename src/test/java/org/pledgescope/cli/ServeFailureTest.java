package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code serve} that cannot start (its port in use, a bad decision log path): one line on stderr, exit code 4. */
class ServeFailureTest {
    @Test
    void aPortInUseIsOneLineAndExitCodeFour() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun run = CliRun.run(
                    "",
                    "serve",
                    "--port",
                    String.valueOf(port),
                    "--rules",
                    "src/test/resources/packs/valid",
                    "--spring.main.banner-mode=off");
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).contains("error: the service could not start: port " + port + " is already in use");
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("APPLICATION FAILED TO START");
            assertThat(run.out()).doesNotContain("\tat ");
        }
    }

    @Test
    void aDecisionLogPathThatCannotBeWrittenStopsTheStartInOneLine() {
        CliRun run = CliRun.run(
                "",
                "serve",
                "--port",
                "0",
                "--rules",
                "src/test/resources/packs/valid",
                "--spring.main.banner-mode=off",
                "--pledgescope.decision-log=target/no-such-directory/decisions.ndjson");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err())
                .contains("error: the service could not start: pledgescope.decision-log: cannot write "
                        + "target/no-such-directory/decisions.ndjson: no such directory");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aDecisionLogOnADeviceStopsTheStartInOneLine() {
        CliRun run = CliRun.run(
                "",
                "serve",
                "--port",
                "0",
                "--rules",
                "src/test/resources/packs/valid",
                "--spring.main.banner-mode=off",
                "--pledgescope.decision-log=/dev/full");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err())
                .contains("error: the service could not start: pledgescope.decision-log: cannot write /dev/full: not a"
                        + " regular file");
        assertThat(run.err().lines().filter(l -> l.startsWith("error:"))).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
