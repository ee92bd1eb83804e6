package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every shipped pack accounts for its part of the public record (docs/sources/pledges.md, the section named after
 * its vendor): each dated statement the record gives is a statement of the pack or is listed under
 * {@code notEncoded} with a reason, and every passage a pack quotes in {@code notEncoded} or {@code raisedBy}
 * stands word for word in its vendor's section of the record or in the record's vocabulary notes, never in
 * another pledge's.
 */
class RecordAccountedTest {
    private static final Pattern HEADING = Pattern.compile("(?m)^### (\\d{4}-\\d{2}(?:-\\d{2})?)\\b.*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{12,})\"");
    private static String record;
    private static List<Pack> packs;

    @BeforeAll
    static void load() throws IOException {
        record = Files.readString(Path.of("docs/sources/pledges.md"));
        packs = new PackLoader().load(RulesLocation.resolve(Path.of("rules"))).packs();
    }

    private static String normalized(String text) {
        return text.replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The record's section for a vendor: from "## Vendor —" to the next "## " heading. */
    private static String section(String vendor) {
        int start = record.indexOf("\n## " + vendor + " ");
        assertThat(start).as("the record has a section for " + vendor).isNotNegative();
        int end = record.indexOf("\n## ", start + 1);
        return record.substring(start, end < 0 ? record.length() : end);
    }

    private static String vocabularyNotes() {
        return record.substring(record.indexOf("\n## Vocabulary notes"));
    }

    @Test
    void everyDatedStatementOfTheRecordIsEncodedOrListedAsNotEncoded() {
        List<String> unaccounted = new ArrayList<>();
        for (Pack pack : packs) {
            Matcher m = HEADING.matcher(section(pack.vendor()));
            while (m.find()) {
                String date = m.group(1);
                boolean encoded = pack.statements().stream()
                        .anyMatch(s -> s.published().toString().startsWith(date));
                boolean listed =
                        pack.notEncoded().stream().anyMatch(n -> n.record().contains(date));
                if (!encoded && !listed) {
                    unaccounted.add(pack.id() + ": " + m.group());
                }
            }
        }
        assertThat(unaccounted).isEmpty();
    }

    @Test
    void everyPassageQuotedInNotEncodedOrRaisedByIsInThatPledgesRecord() {
        List<String> foreign = new ArrayList<>();
        int quotes = 0;
        for (Pack pack : packs) {
            String own = normalized(section(pack.vendor())) + " " + normalized(vocabularyNotes());
            List<String> texts = new ArrayList<>();
            pack.notEncoded().forEach(n -> texts.add(n.record()));
            pack.questions().forEach(q -> texts.addAll(q.raisedBy()));
            for (String text : texts) {
                Matcher m = QUOTED.matcher(normalized(text));
                while (m.find()) {
                    quotes++;
                    for (String part : m.group(1).split("\\s*(…|\\.\\.\\.)\\s*")) {
                        if (!part.isEmpty() && !own.contains(part)) {
                            foreign.add(pack.id() + ": " + part);
                        }
                    }
                }
            }
            assertThat(pack.notEncoded())
                    .as(pack.id() + " lists what it leaves out")
                    .isNotEmpty();
        }
        assertThat(quotes).isGreaterThan(10);
        assertThat(foreign).isEmpty();
    }
}
