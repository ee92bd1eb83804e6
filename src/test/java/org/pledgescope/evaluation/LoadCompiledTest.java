package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.pack.RulesLocation;

/**
 * A rule set exported with its compiled form loads back from those files alone, each pack from its compiled form; given
 * the rule set served, a pack whose files are unchanged keeps its compiled rules and only the edited one is loaded.
 */
class LoadCompiledTest {
    private static Map<String, byte[]> filesOf(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void unchangedPacksKeepTheirCompiledRulesAndAnEditedOneIsLoaded() throws IOException {
        RuleSetLoader loader = new RuleSetLoader(TestRules.CLOCK);
        Map<String, byte[]> files = filesOf(Path.of("rules"));
        RuleSetLoader.Compiled exported = loader.loadForExport(RulesLocation.inMemory(files, "rules", "rules/"));
        RuleSet first = loader.loadCompiled(RulesLocation.inMemory(files, "bundle 1", "rules/"), exported.files());
        assertThat(first.packs()).allMatch(LoadedPack::fromCache);

        String edited = "google-cloud-face-apis/pack.yaml";
        files.put(
                edited,
                (new String(files.get(edited), StandardCharsets.UTF_8) + "\n# edited\n")
                        .getBytes(StandardCharsets.UTF_8));
        RuleSet second =
                loader.loadCompiled(RulesLocation.inMemory(files, "bundle 2", "rules/"), exported.files(), first);

        assertThat(second.revision()).isNotEqualTo(first.revision());
        for (String id : first.packIds()) {
            if (id.equals("google-cloud-face-apis")) {
                assertThat(second.engine(id)).isNotSameAs(first.engine(id));
                assertThat(second.pack(id).orElseThrow().fromCache()).isTrue();
            } else {
                assertThat(second.engine(id)).as(id).isSameAs(first.engine(id));
            }
        }
    }
}
