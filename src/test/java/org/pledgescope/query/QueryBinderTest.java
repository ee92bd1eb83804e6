package org.pledgescope.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/** Queries are checked field by field: typos, bad enums, dates and countries are named, all at once. */
class QueryBinderTest {

    private static InvalidQueryException rejected(String json) {
        try {
            TestRules.query(json);
        } catch (InvalidQueryException e) {
            return e;
        }
        throw new AssertionError("expected the query to be rejected: " + json);
    }

    @Test
    void omittedDatesDefaultToTodayInUtcAndOmittedFactsStayUnknown() {
        Query q = TestRules.query("{'activity':'USE'}");
        assertThat(q.useDate()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(q.asKnownOn()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(q.fact("agency.type")).isNull();
        assertThat(q.fact("purpose")).isNull();
        assertThat(q.fact("contract.signedOn")).isNull();
    }

    @Test
    void aNullValueIsTheSameAsAnOmittedOne() {
        assertThat(TestRules.query("{'purpose':null}").fact("purpose")).isNull();
    }

    @Test
    void anUnknownPropertyIsAnErrorAtAnyDepth() {
        assertThat(rejected("{'agency':{'kind':'SHERIFF'},'purpse':'OTHER'}").errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("agency.kind", "purpse");
    }

    @Test
    void aBadEnumValueListsTheAllowedValues() {
        assertThat(rejected("{'capability':'FACIAL_RECOGNITION'}").errors())
                .singleElement()
                .isEqualTo(
                        new FieldError(
                                "capability",
                                "'FACIAL_RECOGNITION' is not one of [FACE_COMPARISON,"
                                        + " FACE_DETECTION, FACE_ANALYSIS, OTHER_IMAGE_ANALYSIS] or a value set [faceFeatures, otherFaceFeatures]"));
    }

    @Test
    void badDatesAndCountriesAreNamed() {
        assertThat(rejected("{'useDate':'2020-13-01','contract':{'signedOn':'yesterday'},'agency':{'country':'USA'}}")
                        .errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("useDate", "contract.signedOn", "agency.country");
    }

    @Test
    void aNonObjectIsRejected() {
        assertThatThrownBy(() -> TestRules.query("['USE']"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("a query must be a JSON object");
    }
}
