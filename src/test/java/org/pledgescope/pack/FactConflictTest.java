package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;

/** Two packs may share a fact only if they declare it alike; otherwise the whole load fails at the second one. */
class FactConflictTest {

    @Test
    void twoPacksDeclaringOneFactWithDifferentValuesIsALoadError() {
        PackLoadException e = catchThrowableOfType(
                PackLoadException.class,
                () -> new PackLoader().load(RulesLocation.resolve(TestRules.packs("broken/fact-conflict"))));

        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "src/test/resources/packs/broken/fact-conflict/two/pack.yaml:5: fact 'customer.actsFor' is declared "
                                + "differently by pack 'one' (enumeration [POLICE, ITSELF]); two packs may share a fact only "
                                + "with the same kind, values and sets");
    }
}
