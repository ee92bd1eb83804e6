package org.pledgescope.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pledgescope.api.ApiServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every console example of README.md and docs/*.md ({@code ```console} blocks: {@code $ command} lines and the output
 * shown under each) is run, and its output must be the one shown, with what varies from run to run masked (revisions,
 * decision ids) and what the document leaves out written {@code …} (see {@link ShownOutput}). Commands run from the
 * project's folder: {@code pledgescope} in this JVM, {@code curl} against the service this test starts with the
 * project's rules/ ({@code localhost:8080} is its port, the admin token SECRET). A block that cannot run here says
 * so with {@code not-run: REASON} in its info string. So an example cannot drift from what the tool does.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "pledgescope.admin-token=SECRET", "pledgescope.rules=rules"})
class ConsoleExamplesTest {

    @LocalServerPort
    int port;

    static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyConsoleExampleShowsWhatTheToolPrints() throws IOException {
        List<ConsoleBlock> blocks = new ArrayList<>();
        for (Path doc : documents()) {
            blocks.addAll(ConsoleBlock.of(doc));
        }
        assertThat(blocks).as("console examples in README.md and docs/").hasSizeGreaterThan(5);
        Programs programs = new Programs(port);
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> run(block, programs)));
    }

    @Test
    void everyCommandShownWithItsOutputIsAConsoleBlock() throws IOException {
        List<String> unrun = new ArrayList<>();
        for (Path doc : documents()) {
            ConsoleBlock.unrunCommands(doc).forEach(line -> unrun.add(doc + ":" + line));
        }
        assertThat(unrun)
                .as("blocks starting with '$ ' that are not ```console, so never run: mark them console")
                .isEmpty();
    }

    private static void run(ConsoleBlock block, Programs programs) throws Exception {
        Assumptions.assumeTrue(block.notRun() == null, () -> "not run: " + block.notRun());
        for (ConsoleBlock.Step step : block.steps()) {
            String output = new String(programs.run(Shell.pipeline(step.command())), StandardCharsets.UTF_8);
            List<String> shown = ShownOutput.lines(String.join("\n", step.output()));
            List<String> actual = ShownOutput.lines(output);
            assertThat(ShownOutput.matches(shown, actual))
                    .as(
                            "%s:%d: $ %s%n--- the document shows:%n%s%n--- the command printed:%n%s",
                            block.file(),
                            step.line(),
                            step.command(),
                            String.join("\n", shown),
                            String.join("\n", actual))
                    .isTrue();
        }
    }
}
