package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;

/**
 * Editor backups and lock files beside a pack's rules ({@code rules.bak.drl}, {@code rules.csv~}, {@code .#rules.csv},
 * Excel's {@code ~$rules.xlsx}) are not read as rules: the pack loads, and a note names each file skipped.
 */
class EditorBackupsTest {

    @Test
    void backupsAreSkippedWithANote() {
        RuleSet rules = TestRules.load(TestRules.packs("tables/backups"));
        assertThat(rules.pack("police-pledge").orElseThrow().rules()).hasSize(9);
        String at = "";
        assertThat(rules.notes()).allMatch(n -> n.contains("src/test/resources/packs/tables/backups/police-pledge/"));
        assertThat(rules.notes().stream().map(n -> n.substring(n.lastIndexOf('/') + 1)))
                .containsExactlyInAnyOrder(
                        at + ".#rules.csv: skipped (an editor's backup or lock file, not a rule file)",
                        at + "rules.bak.drl: skipped (an editor's backup or lock file, not a rule file)",
                        at + "rules.csv~: skipped (an editor's backup or lock file, not a rule file)",
                        at + "~$rules.xlsx: skipped (an editor's backup or lock file, not a rule file)");
    }
}
