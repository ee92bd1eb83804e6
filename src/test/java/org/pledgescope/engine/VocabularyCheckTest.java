package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.engine.RuleCitationCheckTest.problems;

import org.junit.jupiter.api.Test;

/** A rule that names a value, fact, value set or statement the vocabulary or pack does not know fails the load. */
class VocabularyCheckTest {
    private static final String FILE = "src/test/resources/packs/broken/unknown-values/bad/rules.drl:";

    @Test
    void everyUnknownNameIsReportedAtItsLineAllAtOnce() {
        assertThat(problems("unknown-values"))
                .containsExactly(
                        FILE + "6: 'USA' is not a value of agency.country (ISO 3166-1 alpha-2, e.g. US)",
                        FILE
                                + "14: 'POLICE' is not a value of agency.type (did you mean the value set 'police'?); values: "
                                + "[MUNICIPAL_POLICE, SHERIFF, STATE_POLICE, FEDERAL_LAW_ENFORCEMENT, IMMIGRATION_ENFORCEMENT, "
                                + "BORDER_PROTECTION, OTHER_GOVERNMENT, NONPROFIT, COMMERCIAL, RESEARCH]",
                        FILE
                                + "22: 'customer.actsFor' is not a fact of the vocabulary or of this pack; facts: [activity, "
                                + "agency.country, agency.name, agency.type, asKnownOn, capability, contract.signedOn, purpose, "
                                + "useDate]",
                        FILE
                                + "30: 'police' is not a value set of capability; its sets: [faceFeatures, otherFaceFeatures]",
                        FILE + "38: 'b-2021-01-01' is not a statement of this pack; statements: [b-2020-01-01]");
    }
}
