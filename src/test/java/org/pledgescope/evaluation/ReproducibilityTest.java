package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.json.Json;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.Reason;

/** Semantics 5: the revision is a content hash; the same query and revision give the same decision. */
class ReproducibilityTest {

    @Test
    void theSameQueryGivesTheSameDecisionApartFromItsId() {
        var q = SemanticsFixture.police("'purpose':null,'agency':{'type':'FEDERAL_LAW_ENFORCEMENT'}");
        Decision a = SemanticsFixture.EVALUATOR.evaluate(q);
        Decision b = SemanticsFixture.EVALUATOR.evaluate(q);
        assertThat(a.decisionId()).isNotEqualTo(b.decisionId());
        assertThat(json(a).replace(a.decisionId(), "")).isEqualTo(json(b).replace(b.decisionId(), ""));
        assertThat(a.results().get(0).reasons())
                .isSortedAccordingTo(
                        Comparator.comparing((Reason r) -> r.effect()).thenComparing(Reason::rule));
    }

    @Test
    void theRevisionHashesContentNotLocation(@TempDir Path tmp) throws IOException {
        Path source = TestRules.packs("semantics");
        TestRules.copyTree(source, tmp.resolve("copy"));
        String original = revision(source);
        assertThat(original).matches("sha256:[0-9a-f]{64}");
        assertThat(revision(tmp.resolve("copy"))).isEqualTo(original);
        Path drl = tmp.resolve("copy/test-pledge/decisions.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        assertThat(revision(tmp.resolve("copy"))).isNotEqualTo(original);
        assertThat(SemanticsFixture.RULES.revision()).isEqualTo(original);
    }

    private static String revision(Path dir) {
        return new PackLoader().load(RulesLocation.resolve(dir)).revision();
    }

    private static String json(Decision d) {
        return Json.MAPPER.writeValueAsString(d);
    }
}
