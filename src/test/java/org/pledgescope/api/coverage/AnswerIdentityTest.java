package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.Query;

/**
 * A GET answer's id (and ETag) names the revision and the normalised query: the same for the same pair, another for
 * another revision or query; If-None-Match matches it strong or weak, in a list, or as {@code *}.
 */
class AnswerIdentityTest {
    private static final String R1 = "sha256:" + "1".repeat(64);
    private static final String R2 = "sha256:" + "2".repeat(64);
    private static final Query POLICE = TestRules.query("{'useDate':'2020-07-15','agency':{'type':'SHERIFF'}}");

    @Test
    void theSamePairIsTheSameIdAndAnotherRevisionOrQueryAnother() {
        AnswerIdentity id = AnswerIdentity.of(R1, POLICE);

        assertThat(AnswerIdentity.of(R1, TestRules.query("{'agency':{'type':'SHERIFF'},'useDate':'2020-07-15'}")))
                .isEqualTo(id);
        assertThat(AnswerIdentity.of(R2, POLICE)).isNotEqualTo(id);
        assertThat(AnswerIdentity.of(R1, POLICE.forPledge("amazon-rekognition-moratorium")))
                .isNotEqualTo(id);
        assertThat(id.decisionId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(id.etag()).isEqualTo("\"" + id.decisionId() + "\"");
    }

    @Test
    void ifNoneMatchMatchesTheTagStrongOrWeakInAListOrAStar() {
        AnswerIdentity id = AnswerIdentity.of(R1, POLICE);

        assertThat(id.matches(id.etag())).isTrue();
        assertThat(id.matches("W/" + id.etag())).isTrue();
        assertThat(id.matches("\"a\", " + id.etag())).isTrue();
        assertThat(id.matches("*")).isTrue();
        assertThat(id.matches(AnswerIdentity.of(R2, POLICE).etag())).isFalse();
        assertThat(id.matches(null)).isFalse();
    }
}
