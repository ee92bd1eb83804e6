package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packs bundled in the jar are exactly the folders of rules/: the build empties the bundled copy before it
 * copies, so a pack deleted or renamed in rules/ is never shipped from an earlier build.
 */
class BundledPacksTest {

    private static List<String> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theBundledPacksAreTheFoldersOfRules() throws IOException, URISyntaxException {
        Path bundled = Path.of(BundledPacksTest.class
                .getClassLoader()
                .getResource(RulesLocation.BUNDLED)
                .toURI());
        assertThat(folders(bundled)).isEqualTo(folders(Path.of("rules")));
    }
}
