package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every clause a shipped pack quotes stands word for word in the public record (docs/sources/pledges.md), so a
 * verdict never quotes words the record does not have. Line breaks, curly quotes and "…" (leaving words out)
 * do not count as differences.
 */
class ShippedQuotesTest {

    private static String normalized(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyQuotedClauseIsInTheSourceRecord() throws IOException {
        String record = normalized(Files.readString(Path.of("docs/sources/pledges.md")));
        List<Pack> packs = new PackLoader().load(RulesLocation.resolve(Path.of("rules"))).packs();
        List<String> notInRecord = new ArrayList<>();
        int clauses = 0;
        for (Pack pack : packs) {
            for (Map.Entry<String, Clause> clause : pack.clauses().entrySet()) {
                clauses++;
                for (String part : normalized(clause.getValue().text()).split("\\s*(…|\\.\\.\\.)\\s*")) {
                    if (!part.isEmpty() && !record.contains(part)) {
                        notInRecord.add(pack.id() + " " + clause.getKey() + ": " + part);
                    }
                }
            }
        }
        assertThat(clauses).isGreaterThan(10);
        assertThat(notInRecord).isEmpty();
    }
}
