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
 * do not count as differences. A failure names the pack, the clause and the words not found, and says what to do
 * (docs/writing-rules.md, "The quote check").
 */
class ShippedQuotesTest {

    private static String normalized(String text) {
        return text.replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replaceAll("\\s+", " ")
                .strip();
    }

    static String message(List<String> notInRecord) {
        return "these clauses of shipped packs are not word for word in docs/sources/pledges.md:\n  "
                + String.join("\n  ", notInRecord)
                + "\nWhat to do: copy the clause's text from the record exactly (or mark words left out with …); if the "
                + "record lacks the statement, add it to the shared record (shared/sources/pledges.md) and copy that "
                + "file to docs/sources/pledges.md. See docs/writing-rules.md, \"The quote check\".";
    }

    @Test
    void theFailureSaysWhichPackAndClauseAndWhatToDo() {
        String message = message(List.of("pack acme-face, clause acme-2026-01-01#main: \"We will never\""));
        assertThat(message)
                .contains(
                        "pack acme-face, clause acme-2026-01-01#main: \"We will never\"",
                        "What to do: copy the clause's text from the record exactly",
                        "docs/writing-rules.md");
    }

    @Test
    void everyQuotedClauseIsInTheSourceRecord() throws IOException {
        String record = normalized(Files.readString(Path.of("docs/sources/pledges.md")));
        List<Pack> packs =
                new PackLoader().load(RulesLocation.resolve(Path.of("rules"))).packs();
        List<String> notInRecord = new ArrayList<>();
        int clauses = 0;
        for (Pack pack : packs) {
            for (Map.Entry<String, Clause> clause : pack.clauses().entrySet()) {
                clauses++;
                for (String part : normalized(clause.getValue().text()).split("\\s*(…|\\.\\.\\.)\\s*")) {
                    if (!part.isEmpty() && !record.contains(part)) {
                        notInRecord.add("pack " + pack.id() + ", clause " + clause.getKey() + ": \"" + part + "\"");
                    }
                }
            }
        }
        assertThat(clauses).isGreaterThan(10);
        assertThat(notInRecord).as(message(notInRecord)).isEmpty();
    }
}
