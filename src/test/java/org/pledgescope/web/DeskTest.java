package org.pledgescope.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgescope.api.ApiServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workbench at the analyst's own desk: the service on a loopback port serving a copy of packs/desk (a table pack,
 * body-cams, beside a DRL pack, minimal, each declaring a fact of its own) from an absolute path, as {@code serve
 * --rules /home/…/rules} would (one Spring context for every class extending this).
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "pledgescope.admin-token=" + DeskTest.TOKEN})
abstract class DeskTest {
    static final String TOKEN = "desk-token";
    static final Path RULES = copyOfDesk();

    private static Path copyOfDesk() {
        try {
            Path target = Files.createTempDirectory("pledgescope-desk")
                    .toAbsolutePath()
                    .resolve("rules");
            Path source = Path.of("src/test/resources/packs/desk");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path to = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("pledgescope.rules", RULES::toString);
    }

    @LocalServerPort
    int port;

    Workbench page;

    @BeforeEach
    void openBrowser() {
        page = new Workbench(Browser.get(), "http://127.0.0.1:" + port + "/");
    }
}
