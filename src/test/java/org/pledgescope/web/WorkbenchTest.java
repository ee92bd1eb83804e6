package org.pledgescope.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgescope.api.ApiServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench in a real browser: the service on a random loopback port with the project's rules/ (one Spring
 * context for every class extending this), and the shared headless Chromium. Skipped where Chromium is missing.
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "pledgescope.admin-token=" + WorkbenchTest.TOKEN})
abstract class WorkbenchTest {
    static final String TOKEN = "workbench-token";
    static final String AMAZON = "amazon-rekognition-moratorium";

    /** The packs in rules/, in id order: adding, renaming or removing one breaks no workbench test. */
    static List<String> shippedPacks() {
        try (Stream<Path> dirs = Files.list(Path.of("rules"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pack.yaml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    Workbench page;

    @BeforeEach
    void openBrowser() {
        page = new Workbench(Browser.get(), "http://127.0.0.1:" + port + "/");
    }
}
